function maxProduct(nums: number[]): number {

}
