//! English segmentation cases (written for paralign; hard cases of the
//! golden-rule kind: abbreviations, initials, numbers, lists, quotes, URLs).

mod segment_cases;

use paralign::Lang;
use segment_cases::{Case, check};

const CASES: &[Case] = &[
    (
        "She told reporters: \"This is an important step. We act now.\" Then she left.",
        &[
            "She told reporters: \"This is an important step. We act now.\"",
            "Then she left.",
        ],
    ),
    (
        "They drove down the Blue Ridge Pkwy. near Roanoke.",
        &["They drove down the Blue Ridge Pkwy. near Roanoke."],
    ),
    (
        "She bought a new TV. It was cheap.",
        &["She bought a new TV.", "It was cheap."],
    ),
    (
        "King Henry VIII. He had six wives.",
        &["King Henry VIII.", "He had six wives."],
    ),
    (
        "Pope John Paul II visited in 1987.",
        &["Pope John Paul II visited in 1987."],
    ),
    (
        "The guides A. and H. Brocherel led the party.",
        &["The guides A. and H. Brocherel led the party."],
    ),
    (
        "The peak is 8611 m. Few have climbed it.",
        &["The peak is 8611 m.", "Few have climbed it."],
    ),
    (
        "The agenda is set. a. budget review b. staffing c. any other business\n The chair opened the meeting.",
        &[
            "The agenda is set.",
            "a. budget review",
            "b. staffing",
            "c. any other business",
            "The chair opened the meeting.",
        ],
    ),
    (
        "(i) Sign the form. \n(ii) Post it.\n(iii) Keep a copy.",
        &["(i) Sign the form.", "(ii) Post it.", "(iii) Keep a copy."],
    ),
    (
        "(a) Sign the form. (b) Post it. (c) Keep a copy.",
        &["(a) Sign the form.", "(b) Post it.", "(c) Keep a copy."],
    ),
    (
        "A) Sign the form. \nB) Post it.",
        &["A) Sign the form.", "B) Post it."],
    ),
    (
        "We agreed on two steps. x) talk y) act",
        &["We agreed on two steps.", "x) talk", "y) act"],
    ),
    (
        "It ends here．Does it split．",
        &["It ends here．", "Does it split．"],
    ),
    (
        "Growth was slow in 1990. `Why bother?' asks the mayor.",
        &["Growth was slow in 1990.", "`Why bother?' asks the mayor."],
    ),
    (
        "He became President of the U.S. Millions watched.",
        &["He became President of the U.S.", "Millions watched."],
    ),
    (
        "Q. Who signed the deal? A. The minister signed it.",
        &["Q. Who signed the deal?", "A. The minister signed it."],
    ),
    (
        "The board met today. It approved the budget.",
        &["The board met today.", "It approved the budget."],
    ),
    (
        "Did the vote pass? Nobody knows yet.",
        &["Did the vote pass?", "Nobody knows yet."],
    ),
    (
        "We won! The team celebrated all night.",
        &["We won!", "The team celebrated all night."],
    ),
    (
        "The report was written by Anna K. Berg last spring.",
        &["The report was written by Anna K. Berg last spring."],
    ),
    (
        "See p. 12 for the full table.",
        &["See p. 12 for the full table."],
    ),
    (
        "Were Tom and co. at the meeting?",
        &["Were Tom and co. at the meeting?"],
    ),
    (
        "The contract went to Hale, Moss & Co. on Friday.",
        &["The contract went to Hale, Moss & Co. on Friday."],
    ),
    (
        "Ask Maria and co. They will know.",
        &["Ask Maria and co.", "They will know."],
    ),
    (
        "The contract went to Hale, Moss & Co. It was signed today.",
        &[
            "The contract went to Hale, Moss & Co.",
            "It was signed today.",
        ],
    ),
    (
        "You can see Mt. Rainier from the office.",
        &["You can see Mt. Rainier from the office."],
    ),
    (
        "St. Mary's Hospital is on 3rd st. near the river.",
        &["St. Mary's Hospital is on 3rd st. near the river."],
    ),
    ("That is Smith Jr.'s car.", &["That is Smith Jr.'s car."]),
    (
        "She studied in the U.K. last year.",
        &["She studied in the U.K. last year."],
    ),
    (
        "The talks were held in the E.U. What happens next is unclear.",
        &[
            "The talks were held in the E.U.",
            "What happens next is unclear.",
        ],
    ),
    (
        "He moved to the U.S. He never came back.",
        &["He moved to the U.S.", "He never came back."],
    ),
    (
        "He joined the U.S. Army in 1990.",
        &["He joined the U.S. Army in 1990."],
    ),
    (
        "They stayed in the U.S. for two years.",
        &["They stayed in the U.S. for two years."],
    ),
    (
        "At 7 a.m. Dr. Lee opened the clinic. She closed it at 5 p.m. Dr. Lee then drove home.",
        &[
            "At 7 a.m. Dr. Lee opened the clinic.",
            "She closed it at 5 p.m.",
            "Dr. Lee then drove home.",
        ],
    ),
    (
        "The talks begin at 3 p.m. Moscow time. They end at 6 p.m. The time after that is free.",
        &[
            "The talks begin at 3 p.m. Moscow time.",
            "They end at 6 p.m.",
            "The time after that is free.",
        ],
    ),
    (
        "The ticket costs $45.50 at the door.",
        &["The ticket costs $45.50 at the door."],
    ),
    (
        "The ticket costs $45.50. It is cheaper online.",
        &["The ticket costs $45.50.", "It is cheaper online."],
    ),
    (
        "The minister (She had served since 2019.) resigned on Monday.",
        &["The minister (She had served since 2019.) resigned on Monday."],
    ),
    (
        "Write to press.office@example.org. We answer within a day.",
        &[
            "Write to press.office@example.org.",
            "We answer within a day.",
        ],
    ),
    (
        "The statement is at https://www.example.gov/news/2024/statement_01.html. Please read it.",
        &[
            "The statement is at https://www.example.gov/news/2024/statement_01.html.",
            "Please read it.",
        ],
    ),
    (
        "He looked up, 'That was quick.' he said.",
        &["He looked up, 'That was quick.' he said."],
    ),
    (
        "He looked up, \"That was quick.\" he said.",
        &["He looked up, \"That was quick.\" he said."],
    ),
    (
        "He looked up, \"That was quick.\" Then he left the room.",
        &[
            "He looked up, \"That was quick.\"",
            "Then he left the room.",
        ],
    ),
    ("Stop!! We need to talk.", &["Stop!!", "We need to talk."]),
    ("Really?? I had no idea.", &["Really??", "I had no idea."]),
    (
        "You did what?! That is amazing.",
        &["You did what?!", "That is amazing."],
    ),
    (
        "1.) Open the file 2.) Save the file",
        &["1.) Open the file", "2.) Save the file"],
    ),
    (
        "1) Open the file. 2) Save the file.",
        &["1) Open the file.", "2) Save the file."],
    ),
    (
        "1. Open the file 2. Save the file 3. Close it",
        &["1. Open the file", "2. Save the file", "3. Close it"],
    ),
    (
        "a. Read the memo b. Sign the form",
        &["a. Read the memo", "b. Sign the form"],
    ),
    (
        "• 4. Check the totals • 5. Send the report",
        &["• 4. Check the totals", "• 5. Send the report"],
    ),
    (
        "The draft was cut in half\nbecause of the deadline.",
        &["The draft was cut in half because of the deadline."],
    ),
    (
        "She works for Yahoo! in the legal team.",
        &["She works for Yahoo! in the legal team."],
    ),
    (
        "It was just you and I. Did anyone else come? We met George I. Kent there.",
        &[
            "It was just you and I.",
            "Did anyone else come?",
            "We met George I. Kent there.",
        ],
    ),
    (
        "I thought that.... She disagreed completely.",
        &["I thought that....", "She disagreed completely."],
    ),
    (
        "It was . . . well, not what we hoped.",
        &["It was . . . well, not what we hoped."],
    ),
    (
        "\"The plan [...] failed\" (Jones 12).",
        &["\"The plan [...] failed\" (Jones 12)."],
    ),
    (
        "The meeting ended.Everyone went home.",
        &["The meeting ended.", "Everyone went home."],
    ),
    (
        "Prices rose 3.5 percent in May. Wages did not keep up.",
        &["Prices rose 3.5 percent in May.", "Wages did not keep up."],
    ),
    (
        "Exports, e.g. cars and machines, fell sharply.",
        &["Exports, e.g. cars and machines, fell sharply."],
    ),
    (
        "The law covers tools, parts etc. The new rules apply from June.",
        &[
            "The law covers tools, parts etc.",
            "The new rules apply from June.",
        ],
    ),
    (
        "Prof. J. R. R. Tolkien taught at Oxford.",
        &["Prof. J. R. R. Tolkien taught at Oxford."],
    ),
    (
        "The vote is on Jan. 12 in Geneva.",
        &["The vote is on Jan. 12 in Geneva."],
    ),
    (
        "See Fig. 3 and No. 7 in the annex.",
        &["See Fig. 3 and No. 7 in the annex."],
    ),
    (
        "He said no. The others agreed.",
        &["He said no.", "The others agreed."],
    ),
    (
        "Gov. Brown and Sen. Ruiz met Gen. Holt.",
        &["Gov. Brown and Sen. Ruiz met Gen. Holt."],
    ),
    (
        "The file is called report.final.pdf and it is large.",
        &["The file is called report.final.pdf and it is large."],
    ),
    (
        "Read the report (it is short). Then vote.",
        &["Read the report (it is short).", "Then vote."],
    ),
    (
        "\"We are ready. The vote can start,\" said the chair.",
        &["\"We are ready. The vote can start,\" said the chair."],
    ),
    (
        "Annual report\n\nThe year was good. Sales grew.",
        &["Annual report", "The year was good.", "Sales grew."],
    ),
    ("The deadline is near", &["The deadline is near"]),
    (
        "It rose by 2.3%. The forecast was 2%.",
        &["It rose by 2.3%.", "The forecast was 2%."],
    ),
    (
        "This is the i.e. part, i.e. the explanation.",
        &["This is the i.e. part, i.e. the explanation."],
    ),
    (
        "He served in WWII. After the war he taught.",
        &["He served in WWII.", "After the war he taught."],
    ),
    (
        "I was born in the U.S.A. My parents were not.",
        &["I was born in the U.S.A.", "My parents were not."],
    ),
    (
        "He bought apples, oranges, etc., and went home.",
        &["He bought apples, oranges, etc., and went home."],
    ),
    (
        "Version 2.0 was released. It was buggy.",
        &["Version 2.0 was released.", "It was buggy."],
    ),
    (
        "(This is a full sentence.) This is another.",
        &["(This is a full sentence.)", "This is another."],
    ),
    ("This is it... Or is it?", &["This is it...", "Or is it?"]),
    (
        "The company (Acme Corp.) was sold.",
        &["The company (Acme Corp.) was sold."],
    ),
    (
        "Sen. Warren spoke. Rep. Jones replied.",
        &["Sen. Warren spoke.", "Rep. Jones replied."],
    ),
    (
        "She asked, 'Are you coming?' He nodded.",
        &["She asked, 'Are you coming?'", "He nodded."],
    ),
    (
        "The results (see Table 2.) are clear.",
        &["The results (see Table 2.) are clear."],
    ),
    (
        "He earned $2.5 bn. in 2019. Profits fell.",
        &["He earned $2.5 bn. in 2019.", "Profits fell."],
    ),
    (
        "Mt. Everest is 8,849 m high. It was first climbed in 1953.",
        &[
            "Mt. Everest is 8,849 m high.",
            "It was first climbed in 1953.",
        ],
    ),
    (
        "The plan was approved on Jan. 5. Work began on Feb. 1.",
        &["The plan was approved on Jan. 5.", "Work began on Feb. 1."],
    ),
    (
        "He works at Apple Inc. in Cupertino.",
        &["He works at Apple Inc. in Cupertino."],
    ),
    (
        "He works at Apple Inc. The company is large.",
        &["He works at Apple Inc.", "The company is large."],
    ),
    (
        "The vote was 5-4. Justice Kagan dissented.",
        &["The vote was 5-4.", "Justice Kagan dissented."],
    ),
    (
        "\"Is it true?\" she asked. \"Yes.\"",
        &["\"Is it true?\" she asked.", "\"Yes.\""],
    ),
    (
        "Click here: www.example.com. Then log in.",
        &["Click here: www.example.com.", "Then log in."],
    ),
    (
        "Prof. Dr. Smith and Mrs. Jones arrived at 9 a.m. sharp.",
        &["Prof. Dr. Smith and Mrs. Jones arrived at 9 a.m. sharp."],
    ),
    (
        "The U.S. Senate voted. The House did not.",
        &["The U.S. Senate voted.", "The House did not."],
    ),
    (
        "He called it ‘the best deal ever.’ Few agreed.",
        &["He called it ‘the best deal ever.’", "Few agreed."],
    ),
];

#[test]
fn english_cases() {
    check(Lang::En, CASES);
}
