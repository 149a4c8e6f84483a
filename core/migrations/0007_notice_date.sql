-- The date a 会议通知 is issued under (C4): set by the office, or the day it is printed when
-- left empty, as before.
ALTER TABLE meeting ADD COLUMN notice_on TEXT;
