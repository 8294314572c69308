function canPartition(nums: number[]): boolean {

}
