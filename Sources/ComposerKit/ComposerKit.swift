import PassCore
