// Words the matcher skips between other words: Japanese particles and endings, English function words.
// A table of text that queries are matched against (like the bounce analyser's keyword tables), not UI words.
import { fold } from './fold';

export const STOP = new Set(
  ['の', 'を', 'に', 'は', 'が', 'で', 'と', 'も', 'へ', 'や', 'か', 'な', 'ね', 'よ', 'から', 'まで', 'より', 'です', 'ます', 'ない', 'ません', 'する', 'した', 'して', 'される', 'ください', 'こと', 'もの', 'ため', 'よう', 'とき', 'たい', 'という', 'について', 'どう', 'なぜ', 'the', 'a', 'an', 'of', 'to', 'is', 'in', 'and', 'or', 'for'].map(fold),
);
