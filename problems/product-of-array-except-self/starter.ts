function productExceptSelf(nums: number[]): number[] {

}
