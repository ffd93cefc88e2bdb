#include "words.h"

#include <unicode/ubrk.h>
#include <unicode/utypes.h>

void *sapha_words_open(void) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "th", NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    return iterator;
}

void sapha_words_close(void *iterator) {
    if (iterator) ubrk_close((UBreakIterator *)iterator);
}

int32_t sapha_words_split(void *opaque, const uint16_t *text, int32_t length, int32_t *bounds, int32_t capacity) {
    UBreakIterator *iterator = (UBreakIterator *)opaque;
    if (!iterator) return -1;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    int32_t start = ubrk_first(iterator);
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; start = end, end = ubrk_next(iterator)) {
        // Rule status below UBRK_WORD_NONE_LIMIT: spaces and punctuation, not a word.
        if (ubrk_getRuleStatus(iterator) < UBRK_WORD_NONE_LIMIT) continue;
        if (count < capacity) {
            bounds[2 * count] = start;
            bounds[2 * count + 1] = end;
        }
        count++;
    }
    return count;
}
