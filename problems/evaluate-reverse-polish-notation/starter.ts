function evalRPN(tokens: string[]): number {

}
