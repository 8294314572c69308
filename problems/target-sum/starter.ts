function findTargetSumWays(nums: number[], target: number): number {

}
