function jump(nums: number[]): number {

}
