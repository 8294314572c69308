function checkValidString(s: string): boolean {

}
