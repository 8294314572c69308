function subsetsWithDup(nums: number[]): number[][] {

}
