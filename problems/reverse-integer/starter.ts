function reverse(x: number): number {

}
