function validTree(n: number, edges: number[][]): boolean {

}
