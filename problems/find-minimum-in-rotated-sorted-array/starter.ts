function findMin(nums: number[]): number {

}
