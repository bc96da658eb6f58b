/**
 * Annotation stage: cuts the Chinese text into GB/T 16159-2012 word units and gives every word its pinyin (citation
 * readings, written form, and the spoken tones of 一 and 不).
 */
package duizhao.annotate;
