#ifndef SAPHA_FILESYSTEM_H
#define SAPHA_FILESYSTEM_H

/// Linux calls glibc declares only under _GNU_SOURCE, which Swift's Glibc module does not set.

/// Swaps two paths atomically (renameat2 RENAME_EXCHANGE). 0, or -1 with errno
/// (EINVAL/ENOSYS where the file system cannot exchange).
int sapha_rename_exchange(const char *from, const char *to);

/// Renames only when `to` does not exist (renameat2 RENAME_NOREPLACE). 0, or -1 with errno.
int sapha_rename_noreplace(const char *from, const char *to);

/// 1 when `path` is the root of a mount (a Docker volume, NFS, a bind mount), 0 when not,
/// -1 with errno when it cannot be told.
int sapha_is_mount_root(const char *path);

#endif
