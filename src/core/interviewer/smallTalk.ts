/**
 * What a candidate says in the clarify phase that is not a question about the problem: greetings and
 * pleasantries, remarks on the problem, pauses, nerves, the mechanics of the call, and questions about
 * the interview itself (language, looking things up, time, hints, how to work). A real interviewer
 * answers each in a sentence and steers back, so each kind has its own reply. None of it counts as a
 * clarifying question (the event is logged with `reply: 'small_talk'`).
 *
 * The cues are a general lexicon of interview chit-chat, not phrasings of any problem: a cue only
 * decides when the question matched no clarification confidently (see `Interviewer.reply`).
 */

/** The in-character reply when nothing more specific fits. */
export const SMALL_TALK_REPLY = "Let's focus on the problem — what would you like to know about the input?";

export interface SmallTalkKind {
  /** What the kind is, for tests and the bench's misses. */
  name: string;
  cue: RegExp;
  reply: string;
  /**
   * Questions about the interview can share words with questions about the problem ("how long do I
   * have" / "how long can nums be"): such a kind counts only when nothing outside the cue is a problem word.
   */
  onlyWithoutProblemWords: boolean;
}

const w = (source: string): RegExp => new RegExp(`\\b(?:${source})\\b`, 'i');

/** Ordered: the first kind whose cue matches gives the reply. */
export const SMALL_TALK_KINDS: readonly SmallTalkKind[] = [
  {
    name: 'connection',
    cue: w("can you (hear|see) me|(hear|see) me (ok(ay)?|alright|fine|well)|my (internet|connection|wi-?fi|mic|microphone|camera|audio|video|screen)|(you('re| are)|it's|it is) (breaking up|frozen|lagging)|(cut|dropped) out|could you repeat (that|the question)|say that again|camera (on|off)|(un)?mute"),
    reply: 'I can hear you fine. Go ahead whenever you are ready.',
    onlyWithoutProblemWords: false,
  },
  {
    name: 'break',
    cue: w('(grab|get|have) (some |a )?(water|drink|coffee|tea)|bathroom|restroom|(quick|short|little) break|step away'),
    reply: "Of course — take a moment. I'll be here.",
    onlyWithoutProblemWords: false,
  },
  {
    name: 'pause',
    cue: w("give me (a|one) (sec|second|minute|moment)|(one|just a|wait a) (sec|second|moment|minute)|bear with me|let me (think|re-?read|read|collect|gather)|(need|give me) (a )?(moment|second) to|hold on|hang on|still thinking|thinking out loud|i('m| am) (just )?(going to|gonna) (sketch|draw|write|jot)"),
    reply: 'Take your time — think out loud whenever you like.',
    onlyWithoutProblemWords: false,
  },
  {
    name: 'feelings',
    cue: w("(feel|feeling|i am|i'm|im) (so |a bit |a little |kind of |really |very |pretty )?(nervous|anxious|stressed|tired|excited|sleepy|hungry|ready)|nervous|ready to (start|begin|go)|let's (start|begin|get started|do (it|this))|sorry (for|about) (the|my) (delay|noise|background)|(talk|going|speaking) too fast|(too|so) fast|slow down"),
    reply: "No worries — you're doing fine. Take it at your own pace.",
    onlyWithoutProblemWords: false,
  },
  {
    name: 'greeting',
    cue: w("hi|hello|hey there|good (morning|afternoon|evening|day)|how are (you|things)|how('s| is| has| was) (it going|your (day|week|morning|afternoon|evening|weekend)|everything|life)|how have you been|nice to meet|pleasure to meet|good to (meet|see)|what('s| is) up"),
    reply: "Doing well, thanks for asking! Let's get into it — what would you like to know about the problem?",
    onlyWithoutProblemWords: false,
  },
  {
    name: 'thanks',
    cue: w('thanks|thank you|cheers|(that|it) makes sense|got it|understood|sounds good|perfect|great, thanks'),
    reply: 'Sure. Anything else you want to know before you start?',
    onlyWithoutProblemWords: false,
  },
  {
    name: 'about-you',
    cue: w("your (day|week|weekend|name|team|job|role|company|favou?rite|hobby|hobbies|background|time zone|timezone)|time ?zone|where are you (from|based|located)|tell me about (yourself|you|the company|the team)|(do|did) you (like|enjoy|work)|(real|actual) interview|your team|weather|(warm|cold|hot|rainy|sunny) (here|there|today|outside)|lunch|dinner|breakfast|weekend|holiday|vacation|sports?|football|movies?|music|pets?|joke|funny|haha|ha,|lol"),
    reply: SMALL_TALK_REPLY,
    onlyWithoutProblemWords: false,
  },
  {
    name: 'language',
    cue: w('(use|write (it|this|my solution|the solution|code)? ?in|code (it |this )?in|do (it|this) in|switch to) (python|java|javascript|typescript|c\\+\\+|c#|go|golang|rust|ruby|kotlin|swift|js|ts|pseudo-?code)|(which|what) (programming )?language|programming language|in (python|java|c\\+\\+) instead'),
    reply: 'Use the language the editor is set up for (JavaScript or TypeScript); what I care about is your reasoning.',
    onlyWithoutProblemWords: true,
  },
  {
    name: 'look-up',
    cue: w('google|search (online|the web|the internet|for it)|look (it|things|something|stuff) up|stack ?overflow|(use|check|read) (the )?(docs|documentation|internet)|chatgpt|copilot|\\bai\\b'),
    reply: "Let's keep it to what you know — if you need a detail of the problem, ask me.",
    onlyWithoutProblemWords: true,
  },
  {
    name: 'time',
    cue: w('how (long|much time) (do (i|we)|have (i|we)|will (this|it|we)|is (this|the interview|the session)|are we)|how much time|time (left|remaining)|minutes (left|remaining)|time limit for (this|the interview)|running (out of|low on) time'),
    reply: 'The timer in the panel shows where we are — no need to rush the questions.',
    onlyWithoutProblemWords: true,
  },
  {
    name: 'hints',
    cue: w('(give|get|ask for) (me )?(a )?hints?|if i get stuck|(can|could|will) you help (me )?if'),
    reply: "If you get stuck I'll nudge you — start by telling me how you'd approach it.",
    onlyWithoutProblemWords: true,
  },
  {
    name: 'way-of-working',
    cue: w("think(ing)? (out loud|aloud)|talk (you )?(through|out loud)|pseudo-?code|whiteboard|pen and paper|(draw|sketch) (it|this|the \\w+|a picture|an example)( out)?|take (a )?notes|(explain|walk you through|describe) my (approach|idea|plan)|(code|start coding) (now|right away|first)|(start|begin) with (a|an) (quick |small )?example|(is|if) (that's|that is|it's|it is) (ok(ay)?|alright|fine)( by you| with you)?|(done|seen|solved) (this|it) (one )?before|next (round|step|stage)s?|(the|this) interview (format|process|structure)"),
    reply: 'Sure — go ahead, and talk me through your thinking as you go.',
    onlyWithoutProblemWords: true,
  },
  {
    name: 'remark',
    cue: w("(this|it) (is|seems|feels|looks) like (a|an) (classic|warm-?up|greedy|dp|dynamic|graph|tricky|fun|hard|easy)|(a|the) classic|(the|a) famous one|warm-?up|(cute|fun|nice|cool|neat|interesting|tricky|tough) (problem|one|question)|i (like|love|enjoy|hate) (this|these|design|graph|tree|linked-list|string|array|dp) ?(\\w+ )?(problems?|questions?|ones?)?|(built|wrote|did) (one|something like this|this) (of these )?(at (my )?(last|previous) job|before)"),
    reply: "It's a good one. What would you like to know about the input before you start?",
    onlyWithoutProblemWords: false,
  },
];

/** The first kind of small talk whose cue is in the question, if any. */
export function smallTalkKindOf(question: string): SmallTalkKind | undefined {
  return SMALL_TALK_KINDS.find((k) => k.cue.test(question));
}

/** The question with a kind's cue taken out, to see whether anything about the problem is left. */
export function withoutCue(question: string, kind: SmallTalkKind): string {
  return question.replace(new RegExp(kind.cue.source, 'gi'), ' ');
}
