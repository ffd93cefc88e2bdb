#ifndef SAPHA_WORDS_H
#define SAPHA_WORDS_H

#include <stdint.h>

/// ICU's dictionary-based word break iterator, which segments Thai (written without spaces
/// between words) the way browsers do (`Intl.Segmenter`). Open one per thread and reuse it:
/// opening costs more than splitting a short text. NULL when ICU fails.
void *sapha_words_open(void);
void sapha_words_close(void *iterator);

/// Writes the [start, end) UTF-16 offsets of each word of `text` — segments that are
/// letters, numbers or ideographs, not spaces or punctuation — as pairs into `bounds`.
/// Returns the number of words found (which may exceed `capacity`, the number of pairs
/// `bounds` holds: call again with more room), or -1 when ICU fails.
int32_t sapha_words_split(void *iterator, const uint16_t *text, int32_t length, int32_t *bounds, int32_t capacity);

#endif
