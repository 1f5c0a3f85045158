import type { LanguagePhrases } from './lesson-phrases.js';

// English building blocks for the demo lessons (our own prose).
export const englishPhrases: LanguagePhrases = {
  factors: {
    JOINT_OBJECTIVES: {
      failure: 'Three projects under one logo',
      tool: 'A one-page vision sheet',
      topics: ['A shared vision written on one page', 'Agreeing a results chain before the first activity'],
      situations: {
        SUCCESS: [
          'In the first {months} months the partners spent two workshops agreeing a single results chain, and every later decision was checked against it.',
          'When two partners disagreed about where to start, we went back to the vision we had signed together, and within one meeting the choice was obvious.',
        ],
        FAILURE: [
          'Each partner arrived with its own objectives, and after {months} months we were running three projects under one logo instead of one partnership.',
          'Our objectives were copied from the first funding proposal, and {months} months later the community partners told us they had never agreed to them.',
        ],
        PRACTICE: [
          'Every year the partners revisit the shared objectives and milestones together and cross out what no longer serves the common vision.',
          'Before any new activity is approved, the secretariat shows on one slide which shared objective and which milestone it serves.',
        ],
        TOOL: [
          'We use a one-page vision sheet that lists the shared objectives, the milestones with dates and the indicator for each of them.',
          'We keep a simple results chain on a wall chart in the secretariat, from activities to outputs to the changes we want to see by {year}.',
        ],
      },
      causes: {
        SUCCESS: [
          'Because the objectives were negotiated rather than handed down, the partners defended them when budgets became tight.',
          'The vision named concrete results for concrete people, so it could settle practical questions rather than only inspire.',
        ],
        FAILURE: [
          'Nobody had asked what each organisation really wanted from the partnership, so the joint objectives stayed vague and everyone read them differently.',
          'The objectives had been written for a donor, not negotiated among the partners, so nobody felt bound by them.',
        ],
        PRACTICE: [
          'Contexts change quickly, and objectives that nobody revisits slowly turn into a list of wishes.',
          'Making the link visible every time keeps the partnership from drifting into activities that only one partner wants.',
        ],
        TOOL: [
          'A single page is short enough to be read in a steering meeting and concrete enough to settle arguments about priorities.',
          'A picture that everybody walks past every day keeps the shared objectives present in a way a strategy document never does.',
        ],
      },
      lessons: [
        'Shared objectives only hold when every partner can see its own interest in them and the milestones have dates.',
        'Time spent on a common vision at the start is repaid many times over during implementation.',
      ],
      tips: [
        'Write the objectives in words that a district officer and a company manager understand alike.',
        'Give every milestone a date and a responsible partner.',
        'Ask each partner what it needs to get out of the partnership, and write it down.',
        'Check new activities against the results chain before you agree to fund them.',
      ],
    },
    LEADERSHIP: {
      failure: 'A lead organisation that decided alone',
      tool: 'A decision log for the core group',
      topics: ['A core group that shares the risk', 'Leadership by negotiation rather than hierarchy'],
      situations: {
        SUCCESS: [
          'A core group of four organisations took responsibility for the partnership, and each of them committed staff time and money from its own budget.',
          'When the main funder cut its grant, the core group met the same week, agreed who would bridge which costs and kept every activity running.',
        ],
        FAILURE: [
          'One lead organisation took every decision alone, and after {months} months the other partners had quietly stopped coming to meetings.',
          'Our core group had seven members on paper, but only two ever prepared decisions, and after {months} months both were exhausted and one resigned.',
        ],
        PRACTICE: [
          'The chair of the core group rotates every year between a public agency, a company and a civil society organisation.',
          'Each core group member leads one workstream and reports on it at every meeting, so responsibility is shared and visible.',
        ],
        TOOL: [
          'We keep a short decision log in which the core group records each decision, who proposed it and how it was negotiated.',
          'We use a short core group charter that lists each member’s responsibilities, the resources it commits and how the group resolves disagreements.',
        ],
      },
      causes: {
        SUCCESS: [
          'Sharing the risk made the core members care about the outcome rather than about their own visibility.',
          'The core members had each put their own money in from the start, so they treated the crisis as theirs to solve.',
        ],
        FAILURE: [
          'The lead organisation confused coordination with control, and nobody else felt ownership of the results.',
          'Membership of the core group had been handed out as an honour, without asking what each member would contribute.',
        ],
        PRACTICE: [
          'Rotation keeps any single partner from owning the agenda and lets every sector learn what leading the partnership takes.',
          'Giving every core member a concrete task turns a title into real ownership.',
        ],
        TOOL: [
          'A written log shows newcomers how decisions are reached and stops old arguments from being reopened.',
          'A charter written in calm times is easy to point to when tension rises.',
        ],
      },
      lessons: [
        'A partnership needs a core group that invests its own resources; goodwill alone does not carry it through a crisis.',
        'Leadership in a partnership means negotiating decisions, not issuing instructions.',
      ],
      tips: [
        'Ask each core member for a concrete resource commitment, not only for its logo.',
        'Rotate the chair so that no partner owns the agenda.',
        'Agree how decisions are negotiated before the first difficult decision arrives.',
        'Keep the core group small enough to meet at short notice.',
      ],
    },
    HIGH_LEVEL_SUPPORT: {
      failure: 'When our only champion left office',
      tool: 'A two-page champion briefing',
      topics: ['A minister as champion', 'Backing from the partners’ own management'],
      situations: {
        SUCCESS: [
          'A deputy minister agreed to act as champion and opened the annual review, which brought district officials to the table who had ignored us before.',
          'The chief executive of one company partner visited the field, spoke about it at an industry meeting, and two more companies asked to join within {months} months.',
        ],
        FAILURE: [
          'Our champion left office after an election, and within {months} months the ministry had withdrawn the staff it had seconded to the partnership.',
          'We relied on a governor who spoke warmly about the partnership at every event, but no budget line or staff ever followed from his speeches.',
        ],
        PRACTICE: [
          'Twice a year we brief the senior management of every partner organisation, not only the staff who attend our meetings.',
          'Every new champion signs a short letter of support that names one concrete thing their institution will do in the coming year.',
        ],
        TOOL: [
          'We prepare a two-page champion briefing with three results, one request and a photo from the field before every high-level meeting.',
          'We keep a list of decision makers in each partner organisation, with the date of our last contact and what we asked them for.',
        ],
      },
      causes: {
        SUCCESS: [
          'Political backing made it easier for officials to commit time, because the partnership had become part of their official work.',
          'A senior voice from inside a sector convinces peers far more than any brochure from the secretariat.',
        ],
        FAILURE: [
          'All high-level support depended on one person, and nobody had built relations with the administration below him.',
          'Public praise had been mistaken for commitment, and we never asked for anything concrete.',
        ],
        PRACTICE: [
          'Staff who attend the meetings often lack the mandate to commit their organisation, and their managers decide the budgets.',
          'A written and specific promise survives changes of office better than goodwill does.',
        ],
        TOOL: [
          'Senior people read short notes, and a clear request gives them something concrete to say yes to.',
          'Without a list, contacts at senior level depend on who happens to know whom.',
        ],
      },
      lessons: [
        'Champions open doors, but support has to be anchored in institutions, not only in individuals.',
        'Backing from the partners’ own management matters as much as political momentum outside.',
      ],
      tips: [
        'Look for at least two champions from different institutions.',
        'Brief your champion with one clear request rather than a long report.',
        'Build relations with the civil servants who stay when ministers change.',
        'Invite the partners’ directors to one field visit a year.',
      ],
    },
    RIGHT_STAKEHOLDERS: {
      failure: 'Many partners, but not the affected groups',
      tool: 'A stakeholder map by influence and affectedness',
      topics: ['Bringing the affected communities to the table', 'The right partners, not as many as possible'],
      situations: {
        SUCCESS: [
          'Before the design phase we mapped who influenced the problem and invited two community associations and a local traders’ group that nobody had thought of.',
          'When we realised that private transporters decided whether produce reached the market, we invited their association, and losses fell within a season.',
        ],
        FAILURE: [
          'We invited {partners} organisations to the launch, but the farmers’ and women’s groups most affected by the problem were not among them.',
          'Because the district health office was not a partner, our trained volunteers were not recognised, and after {months} months most of them stopped working.',
        ],
        PRACTICE: [
          'At each annual review we ask which group that the objectives need is still missing from the table, and who should leave because it no longer contributes.',
          'When a partner proposes a new member, it explains in writing which of our objectives that organisation would help to reach.',
        ],
        TOOL: [
          'Our stakeholder map places every organisation by its influence on the problem and by how strongly the problem affects it.',
          'We use a one-page checklist of the groups each objective needs, including those affected, and tick off who is represented and by whom.',
        ],
      },
      causes: {
        SUCCESS: [
          'The map showed us that the people who use the services had no voice, and that their knowledge was the missing piece.',
          'We had asked who could change the outcome, not only who was already working on the issue.',
        ],
        FAILURE: [
          'We confused the number of partners with legitimacy, and the groups we had left out saw the partnership as another outside project.',
          'We had seen government as slow and left it out, but the services we wanted to improve could not function without it.',
        ],
        PRACTICE: [
          'The needs of a partnership change between phases, and a membership that fitted the design can slow down implementation.',
          'A clear reason for each new partner keeps the partnership focused and stops it from growing for the sake of size.',
        ],
        TOOL: [
          'Seeing influence and affectedness on one sheet makes gaps visible in a way that a list of members never does.',
          'A checklist tied to objectives shows both gaps and partners who no longer have a clear role.',
        ],
      },
      lessons: [
        'The right stakeholders are those the objectives need and those affected by the problem, not the longest possible list of logos.',
        'Affected groups belong at the table from the start, not at the validation workshop.',
      ],
      tips: [
        'Draw a stakeholder map before you send the first invitation.',
        'Budget for travel so that community representatives can actually attend.',
        'Ask every new partner what it brings that the partnership does not yet have.',
        'Review the membership at the end of every phase.',
      ],
    },
    TRUST: {
      failure: 'Joint data published without asking',
      tool: 'A twice-yearly trust barometer',
      topics: ['Trust built through small promises kept', 'Dealing on equal terms'],
      situations: {
        SUCCESS: [
          'During the first year the partners agreed on small joint tasks with short deadlines, and by keeping those promises they built the trust that later carried a difficult budget cut.',
          'After a company partner admitted openly that it could not deliver its contribution on time, the others agreed on a new schedule, and relations became more honest.',
        ],
        FAILURE: [
          'A company partner published results from our joint survey without asking, and for {months} months the civil society partners refused to share any further data.',
          'A government partner used our joint meeting to announce results as its own, and for {months} months the NGOs sent only junior staff.',
        ],
        PRACTICE: [
          'We start every partners’ meeting with a round in which each organisation says openly what worries it about the partnership.',
          'Once a year the partners spend a day in the field together, without any agenda except to visit each other’s work.',
        ],
        TOOL: [
          'We use a simple trust barometer: twice a year each partner rates anonymously how openly it can speak in the partnership.',
          'We use a short agreement on joint visibility that says how each partner is named in publications, events and reports.',
        ],
      },
      causes: {
        SUCCESS: [
          'Partners from different sectors judged each other by what they did, not by what they said, and small tasks gave them early evidence.',
          'Admitting a problem early showed that the partnership was a place where difficulties could be raised without losing face.',
        ],
        FAILURE: [
          'There was no agreement on who owns joint data, and the company had assumed that a shared survey was free to use.',
          'Nobody had agreed how joint results would be presented, and one partner’s visibility came at the cost of everyone else’s.',
        ],
        PRACTICE: [
          'Concerns that are voiced early can be handled; concerns that stay hidden become conflicts.',
          'Seeing each other’s daily constraints builds more respect than any number of meetings in a hotel.',
        ],
        TOOL: [
          'Anonymous ratings show a loss of trust long before a partner leaves.',
          'Most conflicts about credit can be avoided when the rules are written down before the first success.',
        ],
      },
      lessons: [
        'Trust grows from promises kept and from dealing on equal terms; it cannot be declared in a memorandum.',
        'A breach of trust costs more time than any technical problem, so agree the rules on data and visibility early.',
      ],
      tips: [
        'Start with small joint tasks that can succeed within weeks.',
        'Agree in writing who may publish what from joint work.',
        'Meet informally as well as formally, especially in the first months.',
        'Treat every partner’s concern as legitimate, whatever its size.',
      ],
    },
    SHARED_LANGUAGE: {
      failure: 'Customers, beneficiaries or rights holders?',
      tool: 'A living glossary of shared terms',
      topics: ['A glossary that ended the misunderstandings', 'Working through different logics'],
      situations: {
        SUCCESS: [
          'After a heated meeting the partners wrote a glossary of the twenty terms they used differently, and the tone of the discussions changed almost at once.',
          'We asked each sector to explain in five minutes what success would look like for them, and the discussion that followed gave us our shared problem statement.',
        ],
        FAILURE: [
          'For {months} months the company spoke of customers, the ministry of beneficiaries and the NGOs of rights holders, and each thought the others did not listen.',
          'Our reports used technical language from the engineers, and the community partners signed off documents for {months} months without really understanding them.',
        ],
        PRACTICE: [
          'When a new partner joins, an older partner from a different sector explains our shared problem statement and our key terms in a one-hour session.',
          'Every important document has a plain-language summary that a partner from any sector can read in five minutes.',
        ],
        TOOL: [
          'Our shared glossary is a living document with each term, what it means for each sector and what we agreed it means in the partnership.',
          'We use a shared problem statement of half a page, with the words each sector uses for the same thing written side by side.',
        ],
      },
      causes: {
        SUCCESS: [
          'Naming the differences in terminology showed that the partners disagreed far less about substance than they had thought.',
          'Hearing each logic in its own words made it easier to respect differences instead of arguing about them.',
        ],
        FAILURE: [
          'Nobody acknowledged that the sectors follow different logics, so disagreements about words were taken as disagreements about values.',
          'We mistook silence for agreement and never checked whether the words meant the same to everyone.',
        ],
        PRACTICE: [
          'Newcomers bring their own vocabulary, and without an introduction the old misunderstandings return with every new partner.',
          'Plain language is the one language all sectors share.',
        ],
        TOOL: [
          'A written glossary turns an abstract cultural difference into something the partners can discuss calmly.',
          'Putting the terms next to each other shows that different words often describe the same reality.',
        ],
      },
      lessons: [
        'Different sectors use different words and logics; acknowledging this openly is the first step to a common language.',
        'A shared problem statement and a short glossary save many hours of arguing at cross purposes.',
      ],
      tips: [
        'Write down the terms the partners use differently and agree on a shared meaning.',
        'Ask a partner from another sector to summarise your position before you reply.',
        'Translate key documents into every working language of the partnership.',
        'Introduce newcomers to the shared problem statement in their first month.',
      ],
    },
    SECRETARIAT: {
      failure: 'A secretariat run on the side',
      tool: 'A weekly action tracker from the secretariat',
      topics: ['A neutral secretariat with its own staff', 'Coordination cannot be done on the side'],
      situations: {
        SUCCESS: [
          'When the partnership moved into implementation we hired a coordinator who works for the secretariat alone, and meeting minutes, budgets and reports started to arrive on time.',
          'After we moved the secretariat from a partner’s office to an independent foundation, attendance at meetings rose and partners began to share budget figures.',
        ],
        FAILURE: [
          'The secretariat was hosted by the largest partner and run by one of its officers alongside her regular job, and after {months} months other partners saw it as that organisation’s project.',
          'For {months} months the partners took turns running the secretariat, and each handover lost minutes, contacts and half-finished tasks.',
        ],
        PRACTICE: [
          'Our secretariat is hosted by a university that has no stake in the implementation, and its {partners} partners share its cost in proportion to their budgets.',
          'The secretariat prepares every steering committee meeting with a two-page note that sets out the decisions needed and the options for each.',
        ],
        TOOL: [
          'The secretariat keeps a shared action tracker that lists every agreed task, its owner and its deadline, and sends it to all partners each week.',
          'Our secretariat uses a simple contact and meeting register for all {partners} partners, which makes a handover to new staff possible in a day.',
        ],
      },
      causes: {
        SUCCESS: [
          'Dedicated staff had the time to prepare decisions properly, and their neutrality made every partner willing to share information with them.',
          'The move removed the suspicion that one partner filtered information in its own interest.',
        ],
        FAILURE: [
          'Coordination done on the side is always the first task to be dropped, and a secretariat inside one partner is never seen as neutral.',
          'Rotation seemed fair, but nobody had the time or continuity to coordinate properly.',
        ],
        PRACTICE: [
          'A neutral host makes it easier for competing organisations to share information, and cost sharing gives every partner a stake.',
          'Well-prepared decisions take less meeting time and make it easier for every partner to take part.',
        ],
        TOOL: [
          'A visible list of tasks and owners replaces reminders and makes delays a shared concern rather than a private one.',
          'Coordination depends on knowing who to ask; written down, that knowledge survives staff changes.',
        ],
      },
      lessons: [
        'From implementation at the latest, a partnership needs a neutral, well-equipped secretariat with at least one person dedicated to coordination.',
        'Neutrality of the secretariat matters as much as its capacity.',
      ],
      tips: [
        'Budget for at least one full-time coordinator before implementation starts.',
        'Host the secretariat with an organisation that does not compete for the partnership’s funds.',
        'Let all partners share the secretariat’s cost, even with small amounts.',
        'Give the secretariat a clear mandate in writing.',
      ],
    },
    EQUAL_GOVERNANCE: {
      failure: 'Decisions prepared by the funders alone',
      tool: 'A public governance chart',
      topics: ['Decision rights for every partner', 'Information for all, not only for the steering committee'],
      situations: {
        SUCCESS: [
          'We changed the rules so that every partner, including the smallest community organisation, has a seat and a vote in the steering committee.',
          'When we gave the community representatives a veto on decisions about their villages, the plans changed and the uptake of services rose sharply.',
        ],
        FAILURE: [
          'Decisions were prepared by the two funding partners and presented to the others for approval, and within {months} months three civil society partners had left.',
          'Our steering committee met in the capital in a language most community partners did not speak, and after {months} months they stopped travelling to it.',
        ],
        PRACTICE: [
          'Papers for the steering committee go to all partners at least two weeks before the meeting, in every working language.',
          'Steering committee meetings rotate between the capital and the field, and travel costs are covered for every partner.',
        ],
        TOOL: [
          'We publish a governance chart that shows which body decides what, who sits in it and how each partner can put an item on the agenda.',
          'We use a one-page decision matrix that shows for each type of decision who proposes it, who is consulted and who decides.',
        ],
      },
      causes: {
        SUCCESS: [
          'Small partners began to raise problems from the field, because they knew their view could change a decision.',
          'People who carry the consequences of a decision know best what will work on the ground.',
        ],
        FAILURE: [
          'Partners who cannot influence decisions stop investing in them, and funders’ weight quietly became the only rule.',
          'Formal equality meant little when the practical conditions kept some partners from taking part.',
        ],
        PRACTICE: [
          'Equal access to decisions is worth little without equal access to the information the decisions are based on.',
          'Bringing the meetings closer to the smaller partners shows that their participation is wanted, not just allowed.',
        ],
        TOOL: [
          'Written rules protect weaker partners and make the governance model easy to explain to newcomers.',
          'Clear decision rights stop power from flowing quietly to the partners with the most money.',
        ],
      },
      lessons: [
        'Every partner needs access to decisions and to the information behind them; otherwise the partnership becomes a funder with contractors.',
        'Governance rules should protect the weakest partner, because the strongest can look after itself.',
      ],
      tips: [
        'Send decision papers early enough for partners to consult their own organisation.',
        'Write down which body decides what and how partners can raise an item.',
        'Check who actually speaks in meetings, not only who attends.',
        'Offer interpretation so that language does not decide who takes part.',
      ],
    },
    RESOURCES: {
      failure: 'One dominant donor made us fragile',
      tool: 'A resource sheet for money, staff time and in-kind support',
      topics: ['From one funder to five', 'A budget checked every quarter'],
      situations: {
        SUCCESS: [
          'Within two years we moved from one funder to five, and no single source now covers more than a third of the budget.',
          'When we checked the budget against the plan after the first quarter, we found a gap early and the partners agreed to cover it with staff time instead of cash.',
        ],
        FAILURE: [
          'One donor provided {pct}% of our budget, and when it changed its country strategy the partnership lost most of its staff within {months} months.',
          'Several partners took on tasks without the staff to deliver them, and after {months} months half of the planned activities were behind schedule.',
        ],
        PRACTICE: [
          'The steering committee compares the budget with the planned activities every quarter and adjusts both in the same meeting.',
          'Every new funder is asked to co-finance the secretariat and the monitoring, not only its favourite activities.',
        ],
        TOOL: [
          'We keep a simple resource sheet that lists every partner’s money, staff time and in-kind contribution, so the whole picture is visible at once.',
          'We track the share of each funder in the total budget on one chart and discuss it whenever a single source rises above {pct}%.',
        ],
      },
      causes: {
        SUCCESS: [
          'Spreading the funding made the partnership less dependent on one agenda, and the new funders brought contacts as well as money.',
          'Regular checks gave us time to find solutions before the shortfall became a crisis.',
        ],
        FAILURE: [
          'We had never planned for the donor’s exit, and the expectations attached to its money had shaped our priorities more than we admitted.',
          'We had asked partners what they wanted to do, not whether they had the people and time to do it.',
        ],
        PRACTICE: [
          'Budgets that are checked only once a year hide shortfalls until it is too late to react.',
          'Core costs are the first to be left unfunded, and without them no activity can be coordinated.',
        ],
        TOOL: [
          'In-kind contributions and staff time are often larger than cash, but they disappear from view when only money is counted.',
          'A visible warning level makes dependency on one donor a shared concern rather than a surprise.',
        ],
      },
      lessons: [
        'Funding from one dominant source makes a partnership fragile; diversify early and talk openly about the expectations tied to money.',
        'Time, people and money must match the roles partners take on, and the budget needs regular checks.',
      ],
      tips: [
        'Keep the largest funder’s share below half of the budget.',
        'Ask every funder openly what it expects in return for its money.',
        'Check whether each partner has the staff its role requires.',
        'Count staff time and in-kind contributions alongside cash.',
      ],
    },
    CONTEXT_ALIGNMENT: {
      failure: 'A parallel initiative in the same district',
      tool: 'A map of all initiatives in the region',
      topics: ['Sharing the districts with a similar programme', 'Aligning with what already exists'],
      situations: {
        SUCCESS: [
          'Our context analysis revealed a government programme with the same aim in two of our districts, so we agreed to divide the districts and share one set of baseline data.',
          'Before the launch we asked the district authorities which plans already existed, and we built our roadmap on the district development plan instead of writing a new one.',
        ],
        FAILURE: [
          'Six months after our launch we discovered a parallel initiative in the same district, working with the same villages and paying higher allowances.',
          'A global programme of one of our partners set targets for our region without consulting us, and for {months} months two strategies pulled the field staff in different directions.',
        ],
        PRACTICE: [
          'Before choosing any new location, we check the national registry of initiatives and talk to the district planning office.',
          'Twice a year we meet the other initiatives working in our field in the region to share plans and avoid working in the same communities twice.',
        ],
        TOOL: [
          'We maintain a map of all known initiatives in our field in the region, updated every {months} months with the district authorities.',
          'We use a short context analysis template covering the problem, the actors, existing plans and other initiatives, updated at every phase.',
        ],
      },
      causes: {
        SUCCESS: [
          'Talking to the other programme early turned a competitor into an ally and freed funds for districts nobody was serving.',
          'Aligning with the local plan made the authorities treat the partnership as their own.',
        ],
        FAILURE: [
          'We had analysed the problem but not the other actors, and communities were confused by two projects offering similar things.',
          'The global strategy had not been balanced with local implementation, and nobody had asked how the two fitted together.',
        ],
        PRACTICE: [
          'District authorities know what is planned long before it appears in any database.',
          'Regular contact with neighbouring initiatives turns possible competition into a division of labour.',
        ],
        TOOL: [
          'A shared map makes duplication visible and gives the authorities a reason to coordinate with us.',
          'A fixed template makes sure that the other actors are analysed as carefully as the problem itself.',
        ],
      },
      lessons: [
        'Analyse the other initiatives as carefully as the problem itself; duplication wastes money and confuses the people you want to reach.',
        'Global strategies need local implementation that fits what already exists on the ground.',
      ],
      tips: [
        'Check existing registries and the district plans before you choose locations.',
        'Meet the other initiatives in your field during the initiation phase.',
        'Agree a division of areas or tasks with similar programmes in writing.',
        'Share baseline data with initiatives working on the same problem.',
      ],
    },
    AGENDA_2030: {
      failure: 'Nine SDGs claimed, one target shown',
      tool: 'A checklist linking objectives to SDG targets',
      topics: ['Mapping our contribution to the SDG targets', 'Learning from other partnerships through a platform'],
      situations: {
        SUCCESS: [
          'At the design stage we mapped our objectives to specific SDG targets, which helped us speak the ministry’s planning language and join the national SDG review.',
          'By reporting our results against official SDG indicators, we were invited to contribute to the country’s voluntary national review.',
        ],
        FAILURE: [
          'We claimed to contribute to nine SDGs on our website, but when a funder asked for evidence we could show results for only one target.',
          'We chose our SDG targets after the activities had started, and for {months} months our reports claimed contributions that our indicators could not show.',
        ],
        PRACTICE: [
          'Every year we exchange with other partnerships on the national SDG platform and compare which targets we serve and where gaps remain.',
          'At every annual review we check whether our results still match the SDG targets we declared, and we drop those we no longer serve.',
        ],
        TOOL: [
          'We use a short checklist that links each of our objectives to one or two SDG targets and names the indicator we report against.',
          'We use a simple contribution table that lists each SDG target we declare, the indicator we use and the latest value.',
        ],
      },
      causes: {
        SUCCESS: [
          'A clear link to the targets made the partnership legible to planners and showed where we added to the national effort.',
          'Using the same indicators as the government made our data useful for national reporting.',
        ],
        FAILURE: [
          'Listing goals had become a branding exercise, and nobody had assessed the contribution before we announced it.',
          'The contribution to the SDGs had not been assessed up front, so the link was added as a label afterwards.',
        ],
        PRACTICE: [
          'Other partnerships face the same problems, and a meta-platform shows quickly who works on the same targets.',
          'Declared targets that are never reviewed slowly drift away from what the partnership really does.',
        ],
        TOOL: [
          'Tying each objective to a target and an indicator keeps the SDG claims honest and easy to verify.',
          'A table keeps the SDG claims tied to evidence rather than to aspiration.',
        ],
      },
      lessons: [
        'Assess the contribution to the SDGs up front and claim only the targets you can show results for.',
        'Exchange with other partnerships through meta-platforms saves reinventing solutions.',
      ],
      tips: [
        'Link each objective to no more than two SDG targets.',
        'Use official SDG indicators where they fit your results.',
        'Register the partnership on the national or global SDG platform.',
        'Compare your targets with those of similar partnerships once a year.',
      ],
    },
    RESULTS_MONITORING: {
      failure: 'Counting meetings instead of results',
      tool: 'A monitoring sheet with baselines and owners',
      topics: ['Monitoring how the partnership itself works', 'Baselines before activities'],
      situations: {
        SUCCESS: [
          'We measured baselines for all our indicators before the first activity, so after {months} months we could show a change of {pct}% instead of telling stories.',
          'Our twice-yearly survey of the partners showed that communication was failing long before anyone complained openly, and we fixed it in time.',
        ],
        FAILURE: [
          'We monitored the number of trainings and meetings, but nobody tracked whether anything changed for the people we wanted to reach.',
          'Each partner collected its own data in its own format, and after {months} months we could not add up the figures for a single indicator.',
        ],
        PRACTICE: [
          'Besides the results, we monitor the partnership itself every six months: attendance, decisions taken, contributions delivered and how partners rate the cooperation.',
          'Every quarter, each partner enters its figures into the shared monitoring sheet, and the secretariat returns a one-page summary within two weeks.',
        ],
        TOOL: [
          'Our monitoring sheet has one row per indicator with the baseline, the target, the latest value, the source and the partner responsible.',
          'We use a simple traffic-light dashboard that shows for each indicator whether it is on track, at risk or off track.',
        ],
      },
      causes: {
        SUCCESS: [
          'With baselines in place, the partners could see progress and argue about causes instead of about numbers.',
          'Monitoring how the partnership works gave us an early warning that results data alone could not.',
        ],
        FAILURE: [
          'Counting activities was easy, and defining outcome indicators would have forced difficult conversations that we avoided.',
          'We had agreed on indicators but not on definitions, sources and formats.',
        ],
        PRACTICE: [
          'A partnership can fail while its projects succeed, and only monitoring the cooperation shows this in time.',
          'A fast, visible return shows partners that their data is used, which keeps them reporting.',
        ],
        TOOL: [
          'Naming a responsible partner for each indicator turns monitoring from the secretariat’s burden into a shared task.',
          'A traffic light is understood at a glance by every partner, whatever their background.',
        ],
      },
      lessons: [
        'Monitor both the results and the functioning of the partnership, and set baselines before you start.',
        'Outcome indicators with baselines and targets tell you more than any count of activities.',
      ],
      tips: [
        'Set a baseline and a target for every indicator before implementation.',
        'Review the indicators in the steering committee at least twice a year.',
        'Add two or three indicators on how the partnership itself works.',
        'Name one partner responsible for each indicator.',
      ],
    },
    EVALUATION_REPORTING: {
      failure: 'A report only the donors read',
      tool: 'A reporting calendar for all audiences',
      topics: ['Reports for donors, partners and the public', 'Publishing an evaluation with its weak points'],
      situations: {
        SUCCESS: [
          'We published our mid-term evaluation in full, including the two objectives we had missed, and our partners’ trust and a new funder’s interest both grew.',
          'We presented our annual results at village meetings as well as to the donors, and community partners began to point out which figures did not match what they saw.',
        ],
        FAILURE: [
          'We produced one long report for the donors, and the community partners never learned what had been achieved with their contribution.',
          'Our final evaluation was commissioned in the last {months} months, too late for its findings to change anything in the partnership.',
        ],
        PRACTICE: [
          'We write three versions of each annual report: a detailed one for funders, a short one for partners and a one-page summary with pictures for the public.',
          'Each evaluation ends with a management response in which the steering committee states which recommendations it accepts and by when.',
        ],
        TOOL: [
          'Our reporting calendar lists every report each funder and partner expects, its format and its deadline, so nothing is written twice.',
          'We use a common reporting template agreed with all our funders, so the secretariat writes one report and adapts only the summary.',
        ],
      },
      causes: {
        SUCCESS: [
          'Openness about outcomes, good and bad, made our successes more credible.',
          'Reporting back to the people affected turned them from data sources into critical partners.',
        ],
        FAILURE: [
          'Reporting was seen as a duty towards funders rather than as communication with everyone who had invested in the partnership.',
          'Evaluation had been planned as a formality for the donor rather than as a tool for learning and steering.',
        ],
        PRACTICE: [
          'Different audiences need different depth, and one report for everyone is read by no one.',
          'A written response makes sure that evaluations lead to decisions instead of sitting in a drawer.',
        ],
        TOOL: [
          'Without a calendar the secretariat spent weeks on reports that overlapped in content but differed in form.',
          'A shared template saves time and makes reports comparable from year to year.',
        ],
      },
      lessons: [
        'Tailor reporting to donors, partners and the public, and be open about outcomes that fell short.',
        'An honest evaluation strengthens a partnership more than a glossy report.',
      ],
      tips: [
        'Plan an independent evaluation at the mid-point, not only at the end.',
        'Write a one-page summary of each report in plain language.',
        'Publish evaluations, including the findings you do not like.',
        'Agree a common reporting format with funders where you can.',
      ],
    },
    LEARNING: {
      failure: 'The same mistakes three years in a row',
      tool: 'A lessons register open to all partners',
      topics: ['Turning failures into lessons', 'A learning pause after every season'],
      situations: {
        SUCCESS: [
          'After each season the partners held a half-day learning session, and the lessons from the first failed pilot shaped the design of the next {partners} sites.',
          'When a pilot failed in the second year, we wrote up the reasons openly and shared them with the other partnerships in the region, two of which changed their own plans.',
        ],
        FAILURE: [
          'The same mistakes in procurement happened three years in a row, because each year new staff started without knowing what had gone wrong before.',
          'Our learning workshops produced long lists of lessons, but for {months} months nothing in the work plan changed as a result.',
        ],
        PRACTICE: [
          'Every progress report ends with a section on what we learned and what we will change, and the steering committee decides on each proposed change.',
          'New staff in every partner organisation spend their first week reading the lessons register and visiting one site where something went wrong.',
        ],
        TOOL: [
          'We keep a lessons register in which any partner can record a lesson, and the secretariat reviews it before planning each new phase.',
          'We use a short after-action review with four questions: what was planned, what happened, why, and what we will do next time.',
        ],
      },
      causes: {
        SUCCESS: [
          'Making room for reflection turned mistakes into shared knowledge instead of a matter of blame.',
          'Treating the failure as knowledge rather than embarrassment made it useful far beyond our partnership.',
        ],
        FAILURE: [
          'Learning depended on individuals, and nothing was written down when they moved on.',
          'Nobody was responsible for turning lessons into decisions, so they stayed on flipcharts.',
        ],
        PRACTICE: [
          'Lessons only change practice when someone has to decide what to do with them.',
          'Learning from past mistakes is most effective when people start their work with it.',
        ],
        TOOL: [
          'A register that everyone can add to captures knowledge that would otherwise stay in one organisation.',
          'Four simple questions are quick enough to use after every activity, not only after big events.',
        ],
      },
      lessons: [
        'Build learning into monitoring and turn successes and failures into lessons that change what you do.',
        'Knowledge that is not written down leaves with the people who had it.',
      ],
      tips: [
        'Hold a short learning session after every season or phase.',
        'Ask what went wrong before asking what went well.',
        'Record lessons where all partners can find them.',
        'Address the capacity gaps that the lessons reveal.',
      ],
    },
    RESULTS_ORIENTATION: {
      failure: 'Many strategies, no finished works',
      tool: 'A roadmap table linking milestones to budget lines',
      topics: ['Linking every budget line to a result', 'Fewer meetings, more measurable results'],
      situations: {
        SUCCESS: [
          'We linked every budget line to a result in the roadmap, and the steering committee cut about a fifth of the activities that could not show such a link.',
          'We agreed to deliver one visible result in the first hundred days, and the finished pilot convinced sceptical partners to commit more resources.',
        ],
        FAILURE: [
          'We met every month for {months} months and produced strategies and papers, but the first water point or classroom was still not finished.',
          'For {months} months our budget was organised by partner rather than by result, and nobody could say how much the main objective actually cost.',
        ],
        PRACTICE: [
          'Every steering committee meeting starts with the results achieved since the last meeting, before any discussion of plans.',
          'Each work plan activity names the milestone it serves and the indicator that will show progress, or it is not funded.',
        ],
        TOOL: [
          'Our roadmap table connects each milestone to an indicator and to the budget lines that pay for it.',
          'We use a simple results-based budget that groups every cost under the milestone it pays for.',
        ],
      },
      causes: {
        SUCCESS: [
          'A visible link between money and results made it easier to say no to good ideas that did not serve the objectives.',
          'An early, tangible result showed that the partnership could do more than hold meetings.',
        ],
        FAILURE: [
          'The partners were more comfortable discussing the process than committing to measurable results.',
          'The budget followed each organisation’s accounting instead of the roadmap, so resources and results never met.',
        ],
        PRACTICE: [
          'Putting results first in the agenda keeps the focus on implementation rather than on process.',
          'A simple rule applied every time keeps the focus on results without long debates.',
        ],
        TOOL: [
          'When milestones, indicators and money sit in one table, gaps and overlaps are easy to see.',
          'Seeing the cost of each milestone makes choices about priorities concrete.',
        ],
      },
      lessons: [
        'Keep the partnership focused on implementation and measurable results, and link resources visibly to them.',
        'Process matters, but a partnership is judged by what changes on the ground.',
      ],
      tips: [
        'Link each budget line to a milestone and an indicator.',
        'Start meetings with results, not with plans.',
        'Drop activities that do not serve an agreed objective.',
        'Celebrate the first tangible result early and publicly.',
      ],
    },
    ROLES_COMMITMENTS: {
      failure: 'Working on a handshake',
      tool: 'A commitment template for every partner',
      topics: ['A memorandum of understanding that clarified contributions', 'Written commitments that made power visible'],
      situations: {
        SUCCESS: [
          'Our memorandum of understanding listed for each of the {partners} partners its role, its contribution in money or staff time and what it could expect from the others.',
          'When a new government official questioned the partnership, the signed agreement showed what the ministry had committed to, and the cooperation continued.',
        ],
        FAILURE: [
          'We worked for {months} months on a handshake, and when costs rose nobody could say which partner had promised to pay for the vehicles.',
          'Our memorandum of understanding described the vision in detail but said nothing about contributions, and after {months} months two partners had delivered nothing.',
        ],
        PRACTICE: [
          'Each year the partners renew their written commitments, and the secretariat reports in the steering committee on what was delivered.',
          'Before signing, each partner presents its planned contribution to the others, who can ask whether it fits the role the partner wants.',
        ],
        TOOL: [
          'We use a commitment template with the partner, its role, the resources it brings, the deadline and the contact person responsible.',
          'We use a one-page roles table that shows for each of the {partners} partners its role, its commitment and what it receives from the partnership.',
        ],
      },
      causes: {
        SUCCESS: [
          'Writing the contributions down made power asymmetries visible and gave smaller partners a basis to hold larger ones to account.',
          'A written commitment made the partnership independent of individual memories and personal relations.',
        ],
        FAILURE: [
          'Everyone had assumed that the others understood the agreement the same way, and there was nothing in writing to check.',
          'We had put the shared goals in writing but avoided the uncomfortable question of who brings what.',
        ],
        PRACTICE: [
          'Commitments made once and never reviewed are forgotten when staff change.',
          'Discussing commitments openly shows power differences early, while they can still be addressed.',
        ],
        TOOL: [
          'A template makes commitments comparable and easy to check in a meeting.',
          'Showing what each partner gives and gets makes the balance of the partnership visible to everyone.',
        ],
      },
      lessons: [
        'Define each partner’s role and contribution in a written agreement; it makes accountability possible and power differences visible.',
        'A memorandum of understanding is not bureaucracy: it is the partnership’s memory.',
      ],
      tips: [
        'Sign a memorandum of understanding before implementation starts.',
        'Write down contributions in money, staff time and in kind.',
        'Review the commitments every year and record what was delivered.',
        'Name a contact person for each commitment.',
      ],
    },
    TRANSPARENT_COMMUNICATION: {
      failure: 'Decisions in a chat group only half of us used',
      tool: 'A communication plan that reaches every partner',
      topics: ['An open information flow among partners', 'Communication channels that everyone can afford'],
      situations: {
        SUCCESS: [
          'We replaced long email chains with a short monthly update from the secretariat and a shared folder that every partner can read, and complaints about being left out stopped.',
          'We started sending the minutes of every meeting within three days to all partners, and the number of misunderstandings about decisions dropped noticeably.',
        ],
        FAILURE: [
          'Important decisions were discussed in a messaging group that only half of the partners used, and the others learned about them months later.',
          'For {months} months the secretariat informed only the funders about a delay, and the other partners learned about it from a newspaper.',
        ],
        PRACTICE: [
          'Every decision, with its date and reasons, is recorded in a public change log that partners and the public can read.',
          'Each month the secretariat holds a one-hour open call in which any partner can ask questions about decisions and progress.',
        ],
        TOOL: [
          'Our communication plan lists each channel, who uses it, how often it is updated and how partners without internet are reached.',
          'We keep a simple shared calendar of all meetings, deadlines and reporting dates that every partner can see and add to.',
        ],
      },
      causes: {
        SUCCESS: [
          'Predictable, open information meant partners no longer had to rely on informal contacts to know what was happening.',
          'Quick, complete minutes meant everyone worked from the same version of what had been agreed.',
        ],
        FAILURE: [
          'The channel chosen suited the staff in the capital but not the partners in rural areas with expensive data.',
          'Communication followed the money rather than the partnership, and trust suffered as a result.',
        ],
        PRACTICE: [
          'A public record of decisions builds trust and makes it harder to reopen settled questions.',
          'A regular open channel lets small questions be answered before they turn into rumours.',
        ],
        TOOL: [
          'Writing down channels and frequencies shows who is reached and who falls through the gaps.',
          'One common calendar prevents double bookings and shows everyone what is coming.',
        ],
      },
      lessons: [
        'Keep the information flow continuous, affordable and open, between the secretariat and partners and among partners.',
        'The channel must suit the partner with the weakest connection, not the one with the best.',
      ],
      tips: [
        'Send a short update at a fixed rhythm, even when there is little news.',
        'Record decisions with dates and reasons where all partners can see them.',
        'Choose channels that partners in rural areas can afford.',
        'Ask partners once a year whether they feel well informed.',
      ],
    },
    SCALING_HANDOVER: {
      failure: 'When the funding ended, so did the partnership',
      tool: 'A handover checklist for every activity',
      topics: ['Handing over to local partners', 'A continuation plan from the first year'],
      situations: {
        SUCCESS: [
          'Three years before the end of funding we agreed a handover plan, and the district council and two local associations now run the services on their own.',
          'After the evaluation showed strong results in our first districts, we scaled to {partners} more by training local partners instead of expanding the secretariat.',
        ],
        FAILURE: [
          'When the funding ended, the partnership simply stopped, because nobody had planned who would carry on the work or pay for it.',
          'We handed the services over to the municipality in a single ceremony, and within {months} months most of them had stopped because no budget had been transferred.',
        ],
        PRACTICE: [
          'Each year a share of the secretariat’s tasks moves to a local partner, together with the budget and the training needed.',
          'From the design phase onwards, every activity has a named local organisation that will take it over, and that organisation joins its planning from the start.',
        ],
        TOOL: [
          'Our handover checklist covers for every activity who takes it over, which skills they need, which costs remain and by when.',
          'We use a continuation plan template that sets out for each result who sustains it, with what money and which skills, after the partnership ends.',
        ],
      },
      causes: {
        SUCCESS: [
          'Local partners had time to build capacity step by step instead of receiving everything at once in the last month.',
          'Scaling through local organisations kept costs low and left capacity behind in every new district.',
        ],
        FAILURE: [
          'Everyone had assumed the donor would extend the funding, so continuation was never discussed openly.',
          'Handover had been treated as an event rather than a process, and the costs that remained had never been discussed.',
        ],
        PRACTICE: [
          'Gradual handover tests whether local partners can carry a task while support is still available.',
          'Local partners who shape an activity from the beginning are ready to carry it when support ends.',
        ],
        TOOL: [
          'A checklist turns a vague intention to hand over into concrete tasks with owners and dates.',
          'A written plan turns the question of the future into a shared task rather than a last-minute worry.',
        ],
      },
      lessons: [
        'Plan continuation, scaling or handover long before the end, and strengthen local partners to take responsibility.',
        'A partnership that does not plan its own future leaves its results to chance.',
      ],
      tips: [
        'Start the continuation plan in the design phase, not in the last year.',
        'Hand over tasks step by step while support is still available.',
        'Strengthen the local partners who will carry the work.',
        'Decide from the evaluation whether to scale, refocus or hand over.',
      ],
    },
  },
  titleFrames: {
    SUCCESS: ['What worked', 'Success story', 'What made the difference'],
    FAILURE: ['What went wrong', 'A hard lesson', 'What we got wrong'],
    PRACTICE: ['Good practice', 'How we do it', 'A practice worth sharing'],
    TOOL: ['Tool', 'A tool we use', 'Template'],
  },
  titleSeparator: ': ',
  openings: [
    'Our partnership {field} {where} brought together {partners} organisations from government, business and civil society.',
    'Since {year} we have worked in a partnership {field} {where}, with {partners} partners from different sectors.',
    'This lesson comes from a multi-stakeholder partnership {field} {where}.',
    'For several years I coordinated a partnership {field} {where}; {partners} organisations took part.',
  ],
  contexts: [
    'The partners included a ministry department, two private companies, several NGOs and community associations.',
    'Like many partnerships, ours started with enthusiasm and a small grant, and grew faster than its structures.',
    'Most partners had worked together on projects before, but never in a partnership with shared decisions.',
    'Partnerships in our field often depend on a few committed people, and ours was no exception.',
  ],
  closings: [
    'We hope this helps other partnerships avoid the detours we took.',
    'We would be glad to exchange with partnerships facing similar questions.',
    'None of this is complicated, but it takes discipline to keep doing it.',
    'Looking back, this was one of the most useful lessons of our partnership.',
  ],
  headings: { happened: 'What happened', why: 'Why', differently: 'What we would do differently', tips: 'Practical tips' },
  keyLesson: 'Key lesson:',
  tipsIntros: ['Our practical tips:', 'What we recommend:', 'If you are in a similar situation:'],
  genericTips: [
    'Write down what you agree, even among partners who trust each other.',
    'Review this question at the end of every phase.',
    'Talk to other partnerships that have faced the same problem.',
  ],
  reflections: {
    general: [
      'The partners now discuss this question openly at every annual review.',
      'What looked like an administrative detail turned out to shape the whole partnership.',
      'Several partners have since taken the same approach into their own organisations.',
      'None of this was new to us in theory; what made the difference was sticking to it.',
    ],
    setback: [
      'Other partnerships we spoke to had similar experiences, which suggests this is not a matter of bad luck.',
      'It took us longer than it should have to see the pattern, because each partner only saw part of it.',
      'In hindsight, the signs were visible much earlier than we acted on them.',
    ],
  },
  where: {
    one: 'in the {place} area ({country})',
    two: 'in the {place1} area ({country1}) and the {place2} area ({country2})',
    global: 'across several countries',
  },
};
