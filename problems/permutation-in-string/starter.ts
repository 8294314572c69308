function checkInclusion(s1: string, s2: string): boolean {

}
