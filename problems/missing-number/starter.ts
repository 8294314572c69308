function missingNumber(nums: number[]): number {

}
