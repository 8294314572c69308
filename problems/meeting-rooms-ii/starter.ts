function minMeetingRooms(intervals: number[][]): number {

}
