import { FeedCursorAheadError } from '@app/feed';
import { ProblemException } from '../../common';

/** A cursor the feed has not reached: 409, saying where the feed is (see README "Event feed"). */
export function cursorAheadProblem(error: FeedCursorAheadError): ProblemException {
  return new ProblemException({
    status: 409,
    code: 'FEED_CURSOR_AHEAD',
    title: 'Cursor ahead of the feed',
    detail: `after=${error.after} is beyond the last sequence of this feed (${error.head}): this ledger never gave that number. Resume from your last processed sequence, or from ${error.head} if you trust your copy up to there.`,
    extensions: { after: error.after.toString(), head: error.head.toString() },
  });
}
