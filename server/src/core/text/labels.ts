// The field labels of an inline responsibility note (（责任单位：…；完成时限：…）), Simplified and
// Traditional, as one regular-expression alternation shared by the note reader and the aligner.
export const NOTE_LABELS = '责任单位|牵头单位|配合单位|責任單位|牽頭單位|配合單位|完成时限|完成時限';
