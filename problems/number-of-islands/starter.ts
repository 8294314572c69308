function numIslands(grid: string[][]): number {

}
