function findWords(board: string[][], words: string[]): string[] {

};
