import CNcurses
import ComposerKit
