function findDuplicate(nums: number[]): number {

}
