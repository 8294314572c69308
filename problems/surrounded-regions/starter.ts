/**
 Do not return anything, modify board in-place instead.
 */
function solve(board: string[][]): void {

}
