function findRedundantConnection(edges: number[][]): number[] {

}
