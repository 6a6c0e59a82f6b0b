"""Unique canary strings written through every area of the vault.

A canary is a made-up word no real text contains; finding one in a file's raw
bytes would mean plaintext leaked to disk.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from peerdesk.vault import Vault
from peerdesk.vault import models as m


def new_canary(area: str) -> str:
    return f"kanarie{area}{uuid.uuid4().hex[:12]}æøå"


def write_canaries(vault: Vault) -> dict[str, str]:
    """One canary per area, written into that area's main text fields."""
    c = {area: new_canary(area) for area in ("care", "cafe", "volunteers", "selfcare", "courses")}
    now = datetime(2026, 11, 20, 10, 0)
    with vault.session() as s:
        person = m.Person(alias="C.N.", wishes=c["care"], strengths=c["care"])
        s.add(person)
        s.flush()
        s.add(
            m.CareConversation(
                person_id=person.id,
                occurred_at=now,
                own_words=c["care"],
                my_reaction=c["care"],
                themes=[c["care"]],
            )
        )
        s.add(m.Referral(person_id=person.id, made_on=now.date(), destination=c["care"]))
        host = m.Volunteer(name=c["volunteers"], note=c["volunteers"])
        cafe = m.Cafe(name=f"Café {c['cafe']}", address_note=c["cafe"])
        s.add_all([host, cafe])
        s.flush()
        session = m.CafeSession(
            cafe_id=cafe.id,
            starts_at=now,
            head_count=3,
            went_well=c["cafe"],
            themes=[c["cafe"]],
            hosts=[host],
        )
        s.add(session)
        s.flush()
        s.add(m.Incident(session_id=session.id, description=c["cafe"]))
        s.add(m.Shift(cafe_id=cafe.id, starts_at=now, ends_at=now.replace(hour=14), note=c["cafe"]))
        sparring = m.SparringSession(held_at=now, challenges=c["volunteers"], participants=[host])
        s.add(sparring)
        s.flush()
        s.add(m.SparringAgreement(sparring_id=sparring.id, text=c["volunteers"]))
        s.add(m.CheckIn(at=now, stress=4, drains=c["selfcare"]))
        s.add(m.BoundarySituation(occurred_on=date(2026, 11, 19), what_happened=c["selfcare"]))
        s.add(m.WellbeingPlanSection(key="triggers", title="Triggers", body=c["selfcare"]))
        course = m.Course(title=c["courses"], kind=m.CourseKind.MENTOR_EDUCATION)
        s.add(course)
        s.flush()
        cs = m.CourseSession(
            course_id=course.id, starts_at=now, ends_at=now.replace(hour=12), my_part=c["courses"]
        )
        s.add(cs)
        s.flush()
        s.add(m.PrepItem(session_id=cs.id, text=c["courses"]))
        s.add(m.Availability(volunteer_id=host.id, weekday=1, from_time=time(10), to_time=time(14)))
        s.add(m.Draft(area="care_conversation", key="new", payload=c["care"]))
        s.add(m.VaultSetting(key="recent_searches", value=[c["care"]]))
    return c


def encodings(word: str) -> list[bytes]:
    """The ways a word could appear in a file: UTF-8 and both UTF-16 orders."""
    return [
        word.encode("utf-8"),
        word.encode("utf-16-le"),
        word.encode("utf-16-be"),
        word[:-3].encode("ascii"),
    ]
