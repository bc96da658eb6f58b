/** Loading the English translation and aligning it, paragraph by paragraph and sentence by sentence, with the Chinese. */
package duizhao.translation;
