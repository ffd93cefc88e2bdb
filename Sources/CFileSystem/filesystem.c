#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "filesystem.h"

int sapha_rename_exchange(const char *from, const char *to) {
    return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
}

int sapha_rename_noreplace(const char *from, const char *to) {
    return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
}

int sapha_is_mount_root(const char *path) {
    struct statx info;
    if (statx(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &info) != 0) return -1;
    if (info.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT)
        return (info.stx_attributes & STATX_ATTR_MOUNT_ROOT) ? 1 : 0;
    /* Kernels before 5.8: a mount on another device shows as a different st_dev than its parent. */
    char parent[4096];
    size_t length = strlen(path);
    if (length + 4 >= sizeof parent) { errno = ENAMETOOLONG; return -1; }
    memcpy(parent, path, length);
    memcpy(parent + length, "/..", 4);
    struct stat self, above;
    if (stat(path, &self) != 0 || stat(parent, &above) != 0) return -1;
    return self.st_dev != above.st_dev ? 1 : 0;
}
