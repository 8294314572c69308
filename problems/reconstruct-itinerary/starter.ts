function findItinerary(tickets: string[][]): string[] {

}
