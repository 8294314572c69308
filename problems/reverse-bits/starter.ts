function reverseBits(n: number): number {

}
