function isPalindrome(s: string): boolean {

}
