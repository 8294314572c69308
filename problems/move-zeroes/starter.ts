/**
 Do not return anything, modify nums in-place instead.
 */
function moveZeroes(nums: number[]): void {

}
