#ifndef SEEKPASS_TEST_GUARD_H
#define SEEKPASS_TEST_GUARD_H

/// The folder that stands in for HOME (and holds the XDG folders) while the tests run.
const char *seekpass_test_home(void);

/// The real config folder of the program (`$XDG_CONFIG_HOME/seekpass-composer` as it was
/// before the tests began), and the real state folder.
const char *seekpass_real_config_folder(void);
const char *seekpass_real_state_folder(void);

/// A fingerprint of a folder tree: names, sizes and modification times of everything in it.
/// 0 when the folder does not exist.
unsigned long long seekpass_folder_fingerprint(const char *path);

#include <spawn.h>

/// `posix_spawn_file_actions_addchdir_np`, which Swift does not see on every platform:
/// the child starts in `path`. Returns 0 or an error number.
int seekpass_spawn_add_chdir(posix_spawn_file_actions_t *actions, const char *path);

#endif
