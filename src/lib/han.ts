// Whether a text is written in Chinese characters: it then names the Chinese name and has pinyin.
export const HAN = /\p{Script=Han}/u;
