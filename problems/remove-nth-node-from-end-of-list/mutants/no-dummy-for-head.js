var removeNthFromEnd = function (head, n) {
  let lead = head;
  let trail = head;
  for (let i = 0; i < n; i++) lead = lead.next;
  if (lead === null) return head;
  while (lead.next !== null) {
    lead = lead.next;
    trail = trail.next;
  }
  trail.next = trail.next.next;
  return head;
};
