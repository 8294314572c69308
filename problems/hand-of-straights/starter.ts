function isNStraightHand(hand: number[], groupSize: number): boolean {

}
