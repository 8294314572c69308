function isHappy(n: number): boolean {

}
