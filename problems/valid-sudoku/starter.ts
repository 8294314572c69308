function isValidSudoku(board: string[][]): boolean {

}
