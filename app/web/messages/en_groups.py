"""English strings for working together: cohorts, team assessments, team keys, action plans."""

MESSAGES: dict[str, str] = {
    "confirm.cancel": "Cancel",
    "error.staff_only": "This page is for facilitators and administrators.",
    # facilitator: cohorts
    "cohorts.title": "Cohorts",
    "cohorts.intro": "A cohort is a group of organisations you support together. Each one "
    "joins with a code you give it and chooses what to share. You see group figures only "
    "when enough organisations have submitted, and an organisation's own results only if it "
    "chose to share them.",
    "cohorts.deleted": "The cohort was deleted, with its memberships and published figures.",
    "cohorts.list_caption#one": "{count} cohort.",
    "cohorts.list_caption#other": "{count} cohorts.",
    "cohorts.name": "Cohort",
    "cohorts.members": "Members",
    "cohorts.code_hint": "Join code ends with",
    "cohorts.summary": "Summary",
    "cohorts.see_summary": "See the summary",
    "cohorts.none": "You have no cohorts yet. Create one below.",
    "cohorts.create_title": "Create a cohort",
    "cohorts.name_label": "Name of the cohort",
    "cohorts.name_hint": "Members see this name, for example “Bogotá data care circle, spring”.",
    "cohorts.name_invalid": "Give the cohort a name of up to 200 characters.",
    "cohorts.create_button": "Create the cohort",
    "cohorts.created_title": "Cohort created",
    "cohorts.rotated_title": "New join code",
    "cohorts.created_text": "“{name}” is ready. Give this join code to the organisations you "
    "want in it.",
    "cohorts.rotated_text": "“{name}” has a new join code. The old one no longer works; "
    "organisations that already joined stay in the cohort.",
    "cohorts.code_label": "Join code",
    "cohorts.copy_now": "Copy it now.",
    "cohorts.copy_now_text": "It is shown only this once: we keep only a fingerprint of it. "
    "If it gets lost, make a new one.",
    "cohorts.code_format": "It is four groups of four letters and digits, like {example}. "
    "The letters I, L, O and U are never used, so it is easy to read aloud or copy by hand; "
    "capitals and hyphens do not matter when it is typed.",
    "cohorts.code_share": "Share it only with the organisations you invite, for example in "
    "person or in a private message.",
    "cohorts.done": "I have copied it",
    "cohorts.created": "Created",
    "cohorts.code_since": "(since {date})",
    "cohorts.summary_logged": "Each time you open the summary, every organisation it covers "
    "sees that in its access log.",
    "cohorts.code_title": "Join code",
    "cohorts.code_lost": "The code was shown when it was made. If it was lost, or reached "
    "someone it should not have, make a new one: the old code stops working and members stay.",
    "cohorts.rotate_link": "Make a new join code…",
    "cohorts.delete_title": "Delete the cohort",
    "cohorts.delete_intro": "This removes the cohort, its memberships and its published "
    "figures. The organisations and their assessments stay.",
    "cohorts.delete_link": "Delete this cohort…",
    "cohorts.confirm_rotate_title": "Make a new join code for “{name}”?",
    "cohorts.confirm_rotate_text": "The current code stops working at once. Organisations "
    "already in the cohort stay in it.",
    "cohorts.confirm_rotate_button": "Make a new code",
    "cohorts.confirm_delete_title": "Delete “{name}”?",
    "cohorts.confirm_delete_text": "The cohort, its memberships and its published figures "
    "will be deleted. This cannot be undone. The organisations keep their own data.",
    "cohorts.confirm_delete_button": "Delete the cohort",
    # facilitator: the summary
    "summary.title": "Summary: {name}",
    "summary.questionnaire": "Questionnaire",
    "summary.used_by": "submitted by {count}",
    "summary.no_questionnaire": "No submissions yet",
    "summary.language": "Language of the titles",
    "summary.show": "Show",
    "summary.status_title": "What you can see",
    "summary.status.current": "Current figures",
    "summary.status.held": "Earlier figures (held)",
    "summary.status.counts_only": "Counts only",
    "summary.reason.current": "These figures describe the organisations in the cohort that "
    "have submitted this questionnaire, as they are now. Counts below {k} are shown as "
    "“<{k}”.",
    "summary.reason.held": "These figures were published on {date} and still describe the "
    "cohort as it was then. Some organisations have changed since (joined, left, submitted "
    "again or changed what they share). New figures come once at least {k} organisations "
    "have changed, so that no single organisation's change can be read from the difference.",
    "summary.reason.too_few": "Figures need at least {k} organisations that have submitted "
    "this questionnaire, and at least {k} of them that share group figures only (unless every "
    "one shares its results with you). Until then only the numbers of members and "
    "submissions are shown.",
    "summary.reason.held_back": "New figures are held back: they would differ from figures "
    "already published (for this cohort or another of yours) by fewer than {k} "
    "organisations, and the difference could reveal what those organisations answered. They "
    "will come when more organisations have changed.",
    "summary.reason.no_questionnaire": "No member has submitted an assessment yet, so there "
    "are no figures. Only the number of members is shown.",
    "summary.members": "Organisations in the cohort",
    "summary.submitted": "Organisations that submitted this questionnaire",
    "summary.described": "Organisations these figures describe",
    "summary.displays": "“<{k}” stands in for a count that could point to fewer than {k} "
    "organisations; “{withheld}” for a figure that could reveal a small group (a split by "
    "severity, a quartile from too few scores). Neither means zero.",
    "summary.withheld": "withheld",
    "summary.csv": "Download as CSV",
    "summary.domains_title": "Scores by domain",
    "summary.chart_title": "Domain scores across the cohort",
    "summary.chart_desc": "For {count} domains, a box from the lower to the upper quartile of "
    "the organisations' scores (0 to 100) and a line at the median. The lowest and highest "
    "scores are never shown. The same figures are in the table.",
    "summary.chart_legend": "box: the middle half of the scores · line: the median",
    "summary.domains_table": "Table of domain scores",
    "summary.domains_caption": "Quartiles of the domain scores (0 to 100): half of the "
    "organisations score between the lower and the upper quartile.",
    "summary.organisations": "Organisations",
    "summary.q1": "Lower quartile",
    "summary.median": "Median",
    "summary.q3": "Upper quartile",
    "summary.issues_title": "Issues, most common first",
    "summary.issues_caption": "How many of the organisations described have each issue, and "
    "how serious it is for them. Hidden counts come last, in questionnaire order.",
    "summary.rank": "Rank",
    "summary.issue": "Issue",
    "summary.share": "Share",
    "summary.severity_mix": "Severity (organisations)",
    "summary.no_mix": "split by severity not shown",
    "summary.no_issues": "No issue is shown for this cohort.",
    "summary.strengths_title": "Strengths",
    "summary.strength": "Strength",
    "summary.no_strengths": "No strength is shown for this cohort.",
    "summary.resources_title": "Resources that would help most",
    "summary.resources_intro": "Ranked by how many organisations have the issues they "
    "address, and how serious those issues are.",
    "summary.change_title": "Change since first assessments",
    "summary.change_unavailable": "Not enough organisations have submitted twice to show change.",
    "summary.change_both": "Organisations with a first and a later assessment:",
    "summary.resolved_any": "Resolved at least one issue",
    "summary.new_any": "Have at least one new issue",
    "summary.median_resolved": "Median number of issues resolved",
    "summary.median_new": "Median number of new issues",
    "summary.median_change": "Median change in score",
    "summary.resolved": "Resolved",
    "summary.new": "New",
    "summary.collapsed_issues#one": "{count} more issue affects fewer than {k} organisations, so "
    "it is not listed.",
    "summary.collapsed_issues#other": "{count} more issues affect fewer than {k} organisations "
    "each, so they are not listed.",
    "summary.collapsed_strengths#one": "{count} more strength is held by fewer than {k} "
    "organisations, so it is not listed.",
    "summary.collapsed_strengths#other": "{count} more strengths are held by fewer than {k} "
    "organisations each, so they are not listed.",
    "summary.needed#one": "{count} more submission by an organisation sharing group figures only "
    "is needed before figures appear.",
    "summary.needed#other": "{count} more submissions by organisations sharing group figures only "
    "are needed before figures appear.",
    "summary.topics_title": "Topics",
    "summary.topics_caption": "Organisations with at least one high or critical issue in each "
    "domain (k-anonymous).",
    "summary.shared_title": "Organisations sharing their results",
    "summary.shared_intro": "These organisations chose to let you read their results. The "
    "others are counted in the group figures only.",
    "summary.shared_details#one": "Scores by domain and {count} issue",
    "summary.shared_details#other": "Scores by domain and {count} issues",
    "summary.shared_issues_only": "Shares its issue and strength titles only (no answers or "
    "scores). Exact, not k-anonymous.",
    "summary.shared_exact": "Exact figures, named: these organisations are not in the k-anonymous "
    "figures above.",
    "summary.shared_strengths": "Strengths",
    "summary.onboarded": "onboarded by you",
    "log.action.read_issues_(shared_in_cohort)": "read your issue and strength titles (shared in a "
    "cohort)read your issue and strength titles (shared in a cohort)",
    "summary.shared_not_yet": "Has not submitted this questionnaire yet.",
    "summary.shared_none": "No organisation in this cohort shares its results with you.",
    # members: cohorts
    "join.title": "Sign your organisation up for a cohort",
    "join.intro": "Your facilitator gave you a join code. With it you create your organisation "
    "here yourselves: its first access key is shown only to you, never to the "
    "facilitator.",
    "join.name_label": "Organisation name",
    "join.name_hint": "Any name your organisation is known by here; a pseudonym is fine.",
    "join.display_label": "Name in the cohort (optional)",
    "join.display_hint": "What other members and the facilitator see in the cohort's list of "
    "members. Leave empty to use the organisation name.",
    "join.agreement": "By joining you agree that the other members see your name in the cohort and "
    "the date you joined, and that the facilitator also sees whether you have started"
    " or submitted an assessment, and when.",
    "join.button": "Create and join",
    "join.invalid": "Please fill in the join code and the organisation name, and choose what to "
    "share.",
    "join.done": "“{name}” is now in the cohort “{cohort}”.",
    "join.your_key": "Your organisation's access key",
    "join.key_only_you": "Nobody else has this key, not even the facilitator. You need it to sign "
    "in again.",
    "join.continue": "Continue to your cohorts",
    "roster.title": "Who is in the cohort",
    "roster.joined": "joined {date}",
    "roster.onboarded": "added by the facilitator: not counted in the group figures",
    "roster.counted": "Organisations counted in the figures the facilitator sees now: {count}",
    "membership.title": "Cohorts",
    "membership.intro": "A cohort is a group of organisations that a facilitator — a "
    "trainer, or a network you belong to — supports together. You choose what the "
    "facilitator can see.",
    "membership.notice.joined": "You joined the cohort.",
    "membership.notice.changed": "What you share has been changed.",
    "membership.notice.left": "You left the cohort.",
    "membership.yours": "Your cohorts",
    "membership.joined": "joined {date}",
    "membership.sharing_now": "Sharing:",
    "membership.sharing_legend": "What the facilitator can see",
    "membership.level.aggregate": "Group figures only",
    "membership.level_help.aggregate": "Aggregate: your organisation is counted in group "
    "figures only. The facilitator sees totals for the whole cohort, never your own results, "
    "and small groups are hidden.",
    "membership.level.issues": "Your issues and strengths",
    "membership.level_help.issues": "Issues: the facilitator may also see the titles of your "
    "issues and strengths with their severity, under your organisation's name. Not your "
    "answers, scores or notes.",
    "membership.level.results": "Your results too",
    "membership.level_help.results": "Results: the facilitator may also read your results "
    "(scores, issues and strengths) under your organisation's name. Never your notes or "
    "written answers.",
    "membership.change_button": "Save",
    "membership.leave_link": "Leave this cohort…",
    "membership.none": "Your organisation is not in any cohort.",
    "membership.join_title": "Join a cohort",
    "membership.code_label": "Join code",
    "membership.code_hint": "The code your facilitator gave you, like K7QF-3MZP-W2XA-9TDB. "
    "Capitals and hyphens do not matter.",
    "membership.change_later": "You can change this, or leave, at any time; it applies at once.",
    "membership.join_button": "Join",
    "membership.code_wrong": "No cohort has this code. Check it with your facilitator: a code "
    "stops working when a new one is made.",
    "membership.already": "Your organisation is already in this cohort. You can change what "
    "it shares above.",
    "membership.leave_title": "Leave “{name}”?",
    "membership.leave_text": "Your organisation will no longer be counted in new figures, and "
    "the facilitator will no longer see your results. Figures already published stay until "
    "they are replaced.",
    "membership.leave_button": "Leave the cohort",
    # members: your data
    "data.cohorts_text": "The cohorts your organisation is in, and what it shares with their "
    "facilitators.",
    "data.cohorts_link": "Your cohorts",
    "data.keys_text": "Everyone who answers a team assessment needs a key of their own. Issue "
    "and revoke them here.",
    "data.keys_link": "Team keys",
    # members: team keys
    "keys.title": "Team keys",
    "keys.intro": "Every key signs in as your organisation. Give each colleague their own "
    "named key, so their answers in a team round stay theirs, and revoke it when they leave.",
    "keys.revoked": "The key was revoked. Whoever used it is signed out.",
    "keys.created": "New key for {label}:",
    "keys.copy_now_text": "It is shown only this once. Give it to your colleague safely (in "
    "person, or in a private message that disappears). If it gets lost, issue a new one and "
    "revoke this one.",
    "keys.label": "Name",
    "keys.ends_with": "Ends with",
    "keys.last_used": "Last used",
    "keys.status": "Status",
    "keys.this_one": "the key you are using",
    "keys.active": "active",
    "keys.revoked_on": "revoked {date}",
    "keys.revoke_link": "Revoke…",
    "keys.issue_title": "Issue a key for a colleague",
    "keys.label_label": "Who is it for?",
    "keys.label_hint": "A name or role your team recognises, such as “Ana, field team”. "
    "Your colleagues see it on the team page.",
    "keys.label_invalid": "Write who the key is for, in up to 100 characters.",
    "keys.issue_button": "Issue the key",
    "keys.own_key": "You cannot revoke the key you are signed in with. Sign in with another "
    "key first.",
    "keys.revoke_title": "Revoke the key “{label}”?",
    "keys.revoke_text": "It stops working at once and whoever uses it is signed out. Answers "
    "already given with it stay.",
    "keys.revoke_button": "Revoke the key",
    # members: team assessments
    "team.title": "Answer as a team",
    "team.intro": "Several people can answer this assessment, each with their own key and in "
    "private: nobody sees anyone else's answers. When everyone is done, the answers are "
    "combined into your organisation's, and the questions where you answered differently "
    "are listed for you to talk about.",
    "team.rule_legend": "When answers differ, which one counts?",
    "team.rule.cautious": "The most cautious answer",
    "team.rule_help.cautious": "Recommended. The answer that shows the most risk wins, and a "
    "“Don't know” from anyone stays visible, so nothing that worries one of you gets lost.",
    "team.rule.majority": "The most common answer",
    "team.rule_help.majority": "The answer most of you gave wins; a tie goes to the most "
    "cautious one.",
    "team.yours_first": "The answers already saved in this draft become yours.",
    "team.keys_needed": "Each colleague needs a key of their own:",
    "team.open_button": "Open to your team",
    "team.notice.opened": "The round is open. Send your colleagues the link to this "
    "assessment; each signs in with their own key.",
    "team.notice.closed": "The round is closed and the answers are combined.",
    "team.is_open": "The team round is open. When answers differ: {rule}.",
    "team.is_closed": "The team round is closed. Answers were combined with: {rule}.",
    "team.answering_as": "You are answering as {label}; others cannot see your answers.",
    "team.unnamed_key": "an unnamed key",
    "team.see_team": "See the team page",
    "team.continue": "Continue answering",
    "team.after_close": "Talk the questions below through with your team. If you agree on a "
    "different answer, change it; then review and submit.",
    "team.change_answers": "Change answers",
    "team.respondents_title": "Who has answered",
    "team.who": "Key",
    "team.you": "your key",
    "team.nobody_yet": "Nobody has saved an answer yet.",
    "team.respondents_hint": "Colleagues appear here once they have saved an answer. Each "
    "needs a key of their own:",
    "team.discussion_title": "To discuss",
    "team.discussion_intro": "Questions where your answers differ, with how many people gave "
    "each answer. It never says who gave which.",
    "team.count#one": "{count} person",
    "team.count#other": "{count} people",
    "team.combined": "Combined answer: {answer}",
    "team.your_answer": "Look at your answer",
    "team.no_disagreements": "Everyone who answered agrees so far.",
    "team.close_title": "Close the round",
    "team.close_intro": "When everyone has answered, close the round: the answers are combined "
    "into your organisation's answers, which you can still change before submitting.",
    "team.close_button": "Close the round…",
    "team.close_text": "Everyone's answers will be combined into your organisation's answers, "
    "and nobody can answer privately any more. You can still change answers before "
    "submitting.",
    "team.close_confirm": "Close and combine",
    "team.cannot_close": "Nobody has answered yet, so there is nothing to combine.",
    "team.review_title": "Submitting a team assessment",
    "team.review_text": "Your answers stay your own until the round is closed. When everyone "
    "has answered, close the round on the team page; the combined answers can then be "
    "reviewed and submitted.",
    "team.badge_open": "Team round open",
    "team.link_start": "Answer as a team",
    "team.link_open": "Team page",
    "team.link_closed": "Team page",
    "team.results_title": "Answered as a team",
    "team.results_intro": "{count} people answered. Where answers differed: {rule}.",
    "team.results_disagreements#one": "Answers differed on {count} question:",
    "team.results_disagreements#other": "Answers differed on {count} questions:",
    # members: action plans
    "plan.title": "Action plan: {title}",
    "plan.focus.issue": "For one issue",
    "plan.focus.domain": "For a domain",
    "plan.created": "made {date}",
    "plan.from_results": "the results it comes from",
    "plan.progress": "{done} of {total} done",
    "plan.doing_count": "{count} in progress",
    "plan.progress_label": "Steps done",
    "plan.saved": "Saved.",
    "plan.outcome_title": "After your next assessment:",
    "plan.outcome_link": "see those results",
    "plan.resolved": "Resolved:",
    "plan.persisting": "Still open:",
    "plan.steps_title": "Steps",
    "plan.no_steps": "No steps yet. Add one below.",
    "plan.step": "Step {number}",
    "plan.for_issue": "For: {title}",
    "plan.text": "What to do",
    "plan.status_legend": "Status",
    "plan.status.todo": "To do",
    "plan.status.doing": "Doing",
    "plan.status.done": "Done",
    "plan.due": "Due date (optional)",
    "plan.save_step": "Save the step",
    "plan.move_up": "Move up",
    "plan.move_down": "Move down",
    "plan.delete_step": "Delete the step",
    "plan.step_invalid": "Write what to do (up to 1,000 characters) and give the date as "
    "year-month-day.",
    "plan.add_title": "Add a step",
    "plan.add_button": "Add the step",
    "plan.delete_title": "Delete the plan “{title}”?",
    "plan.delete_text": "The plan and all its steps will be deleted. Your assessment and its "
    "results stay.",
    "plan.delete_button": "Delete the plan",
    "plan.delete_link": "Delete this plan…",
    "plan.list_title": "Your action plans",
    "plan.none": "No plans yet. On your results, choose an issue or a domain and make a plan.",
    "plan.outcome_short#one": "{resolved} of {count} issue resolved by your next assessment",
    "plan.outcome_short#other": "{resolved} of {count} issues resolved by your next assessment",
    "plan.exists_for_issue": "You already have a plan for this issue:",
    "plan.exists_title": "A plan exists already",
    "plan.exists_text": "You already have a plan for this:",
    "plan.exists_open": "Open that plan",
    "plan.exists_again": "Make a second plan anyway",
    "plan.mark_done": "Mark done",
    "plan.owner": "Who takes it on (optional)",
    "plan.owner_hint": "A first name, a role or a team: whatever your group uses.",
    "plan.owned_by": "with {owner}",
    "plan.due_on": "due {date}",
    "plan.make_for_issue": "Make a plan for this issue",
    "plan.make_for_domain": "Make a plan for this domain",
    "plan.domain_label": "Make a plan for a whole domain",
    "plan.domain_hint": "It starts with the first steps for every issue found in the domain; "
    "you can change them.",
    # access log: actions recorded by cohorts, teams and plans
    "log.action.cohort_summary_(aggregate)": "read a cohort summary that counts your organisation",
    "log.action.cohort_summary_(counts_only)": "read a cohort summary (numbers only)",
    "log.action.read_results_(shared_in_cohort)": "read your results (shared in a cohort)",
    "log.action.read_issue_map_(shared_in_cohort)": "read your issue map (shared in a cohort)",
    "log.action.listed_cohort_memberships": "listed your cohorts",
    "log.in_cohort": "in cohort “{name}”",
    "log.action.read_team_round": "read a team round",
    "log.action.listed_action_plans": "listed your action plans",
    "log.action.read_action_plan": "read an action plan",
    # drafts: another one, discarding
    "draft.exists_title": "You already have a draft of {title}",
    "draft.exists_text": "Starting from scratch makes a second draft beside it; the first stays "
    "until you discard it. To pick up where you stopped, continue the draft instead.",
    "draft.exists_hint": "You have a draft of this already: we ask before making another.",
    "draft.start_another": "Start another draft anyway",
    "draft.started_at": "Started {date} at {time}",
    "draft.saved_at": "last saved {date} at {time} ({zone})",
    "draft.discard_link": "Discard this draft…",
    "draft.discard_title": "Discard this draft?",
    "draft.discard_text": "Its answers are deleted for good. Submitted assessments and their "
    "results are not affected.",
    "draft.discard_button": "Discard the draft",
    "draft.discarded": "The draft was discarded.",
}
