function carFleet(target: number, position: number[], speed: number[]): number {

}
