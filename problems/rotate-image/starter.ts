/**
 Do not return anything, modify matrix in-place instead.
 */
function rotate(matrix: number[][]): void {

}
