function myPow(x: number, n: number): number {

}
