// Runs before any test: every test process works in a HOME and XDG folders of its own, and
// fails at exit if anything changed the user's real config or state folders of the program.
#define _GNU_SOURCE
#include "TestGuard.h"

#include <ftw.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char test_home[4096];
static char real_config[4096];
static char real_state[4096];
static unsigned long long config_before;
static unsigned long long state_before;
static unsigned long long walk_sum;

static int add_entry(const char *path, const struct stat *info, int flag, struct FTW *walk) {
    (void)flag;
    (void)walk;
    unsigned long long h = 1469598103934665603ULL;
    for (const char *c = path; *c; c++) { h ^= (unsigned char)*c; h *= 1099511628211ULL; }
    h ^= (unsigned long long)info->st_size * 31ULL;
    h ^= (unsigned long long)info->st_mtime * 1000003ULL;
#if defined(__APPLE__)
    h ^= (unsigned long long)info->st_mtimespec.tv_nsec;
#else
    h ^= (unsigned long long)info->st_mtim.tv_nsec;
#endif
    walk_sum += h;
    return 0;
}

unsigned long long seekpass_folder_fingerprint(const char *path) {
    struct stat info;
    if (stat(path, &info) != 0) return 0;
    walk_sum = 7;
    nftw(path, add_entry, 16, FTW_PHYS);
    return walk_sum;
}

static int remove_entry(const char *path, const struct stat *info, int flag, struct FTW *walk) {
    (void)info;
    (void)walk;
    if (flag == FTW_DP) rmdir(path); else unlink(path);
    return 0;
}

static void base_folder(char *out, const char *variable, const char *home, const char *fallback) {
    const char *value = getenv(variable);
    if (value && value[0] == '/') snprintf(out, 4096, "%s/seekpass-composer", value);
    else snprintf(out, 4096, "%s/%s/seekpass-composer", home, fallback);
}

static void check_at_exit(void) {
    int touched = 0;
    if (seekpass_folder_fingerprint(real_config) != config_before) {
        fprintf(stderr, "error: a test changed the real config folder %s; tests must use their own HOME and XDG folders\n", real_config);
        touched = 1;
    }
    if (seekpass_folder_fingerprint(real_state) != state_before) {
        fprintf(stderr, "error: a test changed the real state folder %s; tests must use their own HOME and XDG folders\n", real_state);
        touched = 1;
    }
    if (test_home[0]) nftw(test_home, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    if (touched) _exit(1);
}

static void make(const char *parent, const char *name, const char *variable) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", parent, name);
    mkdir(path, 0700);
    if (variable) setenv(variable, path, 1);
}

__attribute__((constructor)) static void isolate_tests(void) {
    const char *home = getenv("HOME");
    if (!home || home[0] != '/') {
        struct passwd *user = getpwuid(getuid());
        home = user ? user->pw_dir : "/";
    }
    base_folder(real_config, "XDG_CONFIG_HOME", home, ".config");
    base_folder(real_state, "XDG_STATE_HOME", home, ".local/state");
    config_before = seekpass_folder_fingerprint(real_config);
    state_before = seekpass_folder_fingerprint(real_state);

    const char *tmp = getenv("TMPDIR");
    snprintf(test_home, sizeof test_home, "%s/seekpass-test-home-XXXXXX", (tmp && tmp[0] == '/') ? tmp : "/tmp");
    if (!mkdtemp(test_home)) { test_home[0] = 0; return; }
    setenv("HOME", test_home, 1);
    make(test_home, "config", "XDG_CONFIG_HOME");
    make(test_home, "state", "XDG_STATE_HOME");
    make(test_home, "data", "XDG_DATA_HOME");
    make(test_home, "cache", "XDG_CACHE_HOME");
    atexit(check_at_exit);
}

const char *seekpass_test_home(void) { return test_home; }
const char *seekpass_real_config_folder(void) { return real_config; }
const char *seekpass_real_state_folder(void) { return real_state; }

int seekpass_spawn_add_chdir(posix_spawn_file_actions_t *actions, const char *path) {
#if defined(__APPLE__)
    return posix_spawn_file_actions_addchdir_np(actions, path);
#else
    return posix_spawn_file_actions_addchdir_np(actions, path);
#endif
}
