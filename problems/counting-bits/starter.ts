function countBits(n: number): number[] {

}
