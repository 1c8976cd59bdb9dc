// The people of the given artifacts (which the caller already reads): who authored, was assigned
// and reviewed each, with when. Emails are dropped by the caller's levels in code.
UNWIND $uids AS uid
MATCH (a:Artifact {uid: uid})<-[r:AUTHORED|ASSIGNED|REVIEWED]-(p:Person)
WITH uid, type(r) AS role, p, max(r.at) AS at
ORDER BY at, p.uid
RETURN uid, collect({role: role, uid: p.uid, name: p.name, email: p.email,
                     at: toString(at)}) AS people
