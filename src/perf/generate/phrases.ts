// Sentence patterns the generator fills in. Slots are written `$name` (never braces:
// the output is MDX, where a brace would start an expression the checker refuses).

export const PLACES = [
  'the foyer',
  'the bar',
  'the box office',
  'the IMAX entrance',
  'the cloakroom counter',
  'the upper lobby',
  'the car park lift',
  'the VIP lounge',
  'the hall door',
  'the staff corridor',
  'the main staircase',
  'the accessible entrance',
  'the ticket gates',
  'the popcorn counter',
  'the children’s corner',
  'the terrace',
] as const;

export const WHEN = [
  'ten minutes before the show',
  'during the trailers',
  'at the interval',
  'just after the film starts',
  'at the end of the last show',
  'on a sold-out Saturday evening',
  'during a school matinee',
  'while the queue is long',
  'at opening time',
  'during a premiere',
  'in the middle of a rainstorm',
  'on a quiet weekday afternoon',
] as const;

export const CONSEQUENCES = [
  'the guest is about to miss the start of the film',
  'other guests are waiting behind them',
  'the guest is upset and raising their voice',
  'the guest has already been sent from one counter to another',
  'a family with small children is waiting',
  'the guest needs to leave before the film ends',
  'the show is about to start',
  'the guest has travelled a long way for this screening',
] as const;

/** Step patterns; `$actor` is the role doing the step and appears in bold before it. */
export const STEP_PATTERNS = [
  'Greet the guest at $place and ask to see the $object; do not open with a question about whose fault it is.',
  'Check the $object against the show list for $film and note the seat numbers and the show time.',
  'If the $object $trouble again, call the $helper on the radio and say the code before anything else.',
  'Write the case in the shift log with the time, $place and the first name the guest gave.',
  'Offer the guest a seat near $place while you wait; tell them it will take no longer than $minutes minutes.',
  'Hand the guest over to the $helper in one sentence: the code, what happened and what you have already done.',
  'Ask $supplier for a replacement before the next show and write the order number on the incident card.',
  'Photograph the $object with the shift tablet so that the $helper can see exactly what happened.',
  'Thank the guest by name and say what happens next and by when, so that nobody has to ask twice.',
  'Stay with the guest until the $helper arrives; a guest left alone after a problem tells everyone about it.',
  'Put a sign at $place so that the next guests are warned before they queue.',
  'Offer a free drink voucher if the guest has waited more than $minutes minutes.',
  'Walk the guest back to $place yourself and check that they reach their seat before the lights go down.',
  'Test the $object once more with a colleague watching, and note the result in the log.',
  'Tell the $helper at the start of the next briefing how often the $object $trouble this week.',
  'Keep the $object aside, labelled with the date and the show, until the $helper has looked at it.',
  'Apologise once, clearly, and then talk only about what you will do now.',
  'Check whether $supplier has sent a notice about the $object this week and follow it if they have.',
] as const;

export const SAY_PATTERNS = [
  'I’m sorry about the $object. I’ll sort it out for you right now.',
  'Thank you for waiting. Your seats for $film are safe, and I’ll take you there myself.',
  'That shouldn’t have happened. Here is what I’ll do, and it takes about $minutes minutes.',
  'I’ve asked the $helper to come over; they can fix this straight away.',
  'You don’t need to queue again. Come with me and we’ll finish this together.',
  'I’ve written it down with your name, so nobody will ask you to explain it again.',
] as const;

export const WHY_PATTERNS = [
  'A guest who is sent from counter to counter because the $object $trouble remembers the queue, not the film. One clear owner and a short ladder keep the problem small.',
  'Most complaints about the $object begin with a wait nobody explained. Saying the code lets the next colleague act at once without asking the guest again.',
  'The $helper can only fix what they can see: the photo and the log entry turn one bad evening into a pattern that $supplier has to answer for.',
  'Guests forgive a fault in the $object; they do not forgive being ignored. The steps put the apology first and the paperwork last.',
] as const;

export const PREVENTION_PATTERNS = [
  'The $helper checks the $object at opening time and notes the result in the opening checklist.',
  '$supplier reviews every log entry about the $object once a month and reports what they changed.',
  'New staff practise this code during their first week, with a colleague playing the guest.',
  'The shift manager repeats this code at the briefing whenever it was used the day before.',
  'Spare parts for the $object are kept in the store room next to $place.',
] as const;

export const CHANGE_NOTES = [
  'First issue of the code.',
  'Reworded the steps after feedback from the $helper so that the handover is one sentence.',
  'Added the photo of the $object so that $supplier can trace the fault.',
  'Shortened the time before escalating, because guests waited too long at $place.',
  'Moved the apology to the first step after a review of complaints about $film.',
] as const;

/** Standards: a topic with an invented place or partner, then sections of rules. */
export const STANDARD_TOPICS = [
  'Opening the $name cinema',
  'Closing the $name cinema',
  'Greeting guests at the $name cinema',
  'Working with $name Catering',
  'Cash handling at the $name cinema',
  'Briefing the $name team',
  'Cleaning the $name screens between shows',
  'Training new staff at the $name cinema',
  'Handling deliveries from $name Supplies',
  'Premieres at the $name cinema',
] as const;

export const STANDARD_SECTIONS = [
  'Who this is for',
  'Before the shift',
  'During the shift',
  'After the shift',
  'What good looks like',
  'When it goes wrong',
] as const;

export const STANDARD_RULES = [
  'Every guest is greeted within ten seconds of reaching $place, with eye contact and a smile.',
  'The shift manager walks through $place before the doors open and fixes what guests would notice first.',
  'Staff who see a problem at $place say the code to the next colleague instead of describing it at length.',
  'Breaks are planned at the briefing and kept, even on a busy evening; the shift manager covers the counter.',
  'Anything promised to a guest is written in the shift log before the end of the shift.',
  'A colleague who is struggling is offered help before a guest notices, never criticised in front of guests.',
  'Deliveries from $name Supplies are checked against the order before they are signed for.',
  'The last person to leave $place checks the lights, the doors and the alarm panel, and signs the closing sheet.',
] as const;

/** Replace every `$slot` with its value; a slot without a value is a bug in the patterns above. */
export function fill(pattern: string, values: Readonly<Record<string, string>>): string {
  return pattern.replace(/\$([a-z]+)/g, (_match, slot: string) => {
    const value = values[slot];
    if (value === undefined) throw new Error(`No value for $${slot} in "${pattern}"`);
    return value;
  });
}
